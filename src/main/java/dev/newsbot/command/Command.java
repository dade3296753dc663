package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** One command of the bot; its menu entry comes from the message catalogue under its name. */
interface Command {
  /** The command without its slash, lower case. */
  String name();

  /**
   * The reply to {@code /name argument} in {@code chat}: ready at once for most commands, later for
   * those that fetch a page. Empty when there is nothing to say.
   */
  CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument);

  /** As {@link #answer(ChatId, String)}, for commands that need to know who sent it. */
  default CompletableFuture<Optional<OutgoingMessage>> answer(
      ChatId chat, long user, String argument) {
    return answer(chat, argument);
  }

  /** Whether the command stays out of the menu and /help (the operators' commands). */
  default boolean hidden() {
    return false;
  }

  /** Whether {@code /name argument} changes what a chat gets (in a group: for admins only). */
  default boolean changes(String argument) {
    return false;
  }

  /** A reply ready now. */
  static CompletableFuture<Optional<OutgoingMessage>> reply(String html) {
    return CompletableFuture.completedFuture(Optional.of(OutgoingMessage.reply(html)));
  }

  /** A message ready now. */
  static CompletableFuture<Optional<OutgoingMessage>> reply(OutgoingMessage message) {
    return CompletableFuture.completedFuture(Optional.of(message));
  }
}
