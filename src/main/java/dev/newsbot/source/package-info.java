/**
 * Reading news sources: polite HTTP fetching, feed parsing, and turning feed items into articles.
 */
package dev.newsbot.source;
