/** The bot's commands, independent of how they arrive (Telegram or the console). */
package dev.newsbot.command;
