/**
 * Reading news sources: feed parsing, listing pages, and turning feed items and pages into stored
 * articles. Fetching itself is {@code dev.newsbot.fetch}'s.
 */
package dev.newsbot.source;
