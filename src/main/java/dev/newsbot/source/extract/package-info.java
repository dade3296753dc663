/** Turns HTML into an article's clean parts: its text blocks, without promos, credits or widgets. */
package dev.newsbot.source.extract;
