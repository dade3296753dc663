package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code /stop}: no more pushes; what the chat follows is kept for a later /start. */
final class StopCommand implements Command {
  private final SubscriberStore subscribers;
  private final Texts texts;

  StopCommand(SubscriberStore subscribers, Texts texts) {
    this.subscribers = subscribers;
    this.texts = texts;
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return "stop";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    return Command.reply(
        texts.get(subscribers.unsubscribe(chat) ? "stop.done" : "stop.notSubscribed"));
  }
}
