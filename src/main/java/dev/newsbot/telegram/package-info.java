/**
 * The adapter to TelegramBots: long polling, update routing, and sends translated to SendResult.
 */
package dev.newsbot.telegram;
