/**
 * Getting articles to subscribers: the outbox, its sender, the messages' Telegram HTML, and whole
 * articles to read in the chat (rich messages, or plain ones from older servers).
 */
package dev.newsbot.delivery;
