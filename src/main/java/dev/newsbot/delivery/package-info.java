/** Getting articles to subscribers: the outbox, its sender, and the messages' Telegram HTML. */
package dev.newsbot.delivery;
