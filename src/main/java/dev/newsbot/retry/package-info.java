/** When to try again after a failure: one back-off policy for sources, sends and Telegram. */
package dev.newsbot.retry;
