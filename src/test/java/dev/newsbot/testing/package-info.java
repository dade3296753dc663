/** Test fakes on real loopback sockets: a Telegram Bot API server and a news site. */
package dev.newsbot.testing;
