/**
 * Several instances on one database: which one long-polls Telegram, and how they share the send
 * rate.
 */
package dev.newsbot.cluster;
