package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code /start}: subscribes the chat and follows the default sources. */
final class StartCommand implements Command {
  private final SubscriberStore subscribers;
  private final ChatSources sources;
  private final Texts texts;
  private final Supplier<String> help;

  StartCommand(
      SubscriberStore subscribers, ChatSources sources, Texts texts, Supplier<String> help) {
    this.subscribers = subscribers;
    this.sources = sources;
    this.texts = texts;
    this.help = help;
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    boolean added = subscribers.subscribe(chat);
    for (Source s : sources.defaults()) {
      sources.follow(chat, s.id());
    }
    List<SourceId> followed = sources.followed(chat);
    String names = followed.isEmpty() ? texts.get("start.none") : sources.names(followed);
    String first = texts.get(added ? "start.welcome" : "start.again", names);
    return Command.reply(first + "\n\n" + help.get());
  }
}
