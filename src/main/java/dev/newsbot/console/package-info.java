/**
 * Console mode: without a bot token, commands come from standard input and messages go to standard
 * output.
 */
package dev.newsbot.console;
