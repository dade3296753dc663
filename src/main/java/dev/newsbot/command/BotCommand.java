package dev.newsbot.command;

/**
 * One entry of the command menu.
 *
 * @param name the command without its slash
 * @param usage how to call it, for /help
 * @param description what it does, as Telegram's menu shows it
 */
public record BotCommand(String name, String usage, String description) {}
