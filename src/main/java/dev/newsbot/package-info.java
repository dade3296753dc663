/** NewsBot: a self-hosted Telegram bot that scrapes news sources and pushes summarised articles. */
package dev.newsbot;
