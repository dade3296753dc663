/** What reaches the console: Telegram bot tokens masked out of every log line and error message. */
package dev.newsbot.logging;
