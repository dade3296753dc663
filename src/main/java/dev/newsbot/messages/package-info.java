/** What the bot says to people: the message catalogue, one text per key. */
package dev.newsbot.messages;
