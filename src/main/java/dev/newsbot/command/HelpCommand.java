package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code /help}: the command list. */
final class HelpCommand implements Command {
  private final Supplier<String> help;

  HelpCommand(Supplier<String> help) {
    this.help = help;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    return Command.reply(help.get());
  }
}
