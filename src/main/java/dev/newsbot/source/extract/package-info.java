/**
 * Turns web pages and feed bodies into articles: metadata and clean text, without navigation, ads
 * or promos.
 */
package dev.newsbot.source.extract;
