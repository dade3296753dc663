package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code /subscribe <id>} and {@code /unsubscribe <id>}. */
final class FollowCommand implements Command {
  private final boolean follow;
  private final ChatSources sources;
  private final Texts texts;

  private FollowCommand(boolean follow, ChatSources sources, Texts texts) {
    this.follow = follow;
    this.sources = sources;
    this.texts = texts;
  }

  static FollowCommand subscribe(ChatSources sources, Texts texts) {
    return new FollowCommand(true, sources, texts);
  }

  static FollowCommand unsubscribe(ChatSources sources, Texts texts) {
    return new FollowCommand(false, sources, texts);
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return follow ? "subscribe" : "unsubscribe";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    String id = argument.strip().toLowerCase(java.util.Locale.ROOT);
    if (id.isEmpty()) {
      return Command.reply(texts.get("sources.usage", "/" + name()));
    }
    Optional<Source> source = sources.find(chat, id);
    if (source.isEmpty()) {
      return Command.reply(texts.get("sources.unknown", new Texts.Html(Quote.of(argument))));
    }
    Source s = source.get();
    if (follow) {
      return Command.reply(
          texts.get(
              sources.follow(chat, s.id()) ? "subscribe.done" : "subscribe.already", s.name()));
    }
    return Command.reply(
        texts.get(
            sources.unfollow(chat, s.id()) ? "unsubscribe.done" : "unsubscribe.notFollowed",
            s.name()));
  }
}
