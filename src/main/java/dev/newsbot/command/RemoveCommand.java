package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.subscription.ChatId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** {@code /remove <id>}: a source the chat added; no longer polled once no chat follows it. */
final class RemoveCommand implements Command {
  private final ChatSources sources;
  private final Texts texts;

  RemoveCommand(ChatSources sources, Texts texts) {
    this.sources = sources;
    this.texts = texts;
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return "remove";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    String id = argument.strip().toLowerCase(Locale.ROOT);
    Optional<Source> own =
        sources.of(chat).stream()
            .filter(e -> e.followed() && e.source().origin() == Source.Origin.CHAT)
            .map(ChatSources.Entry::source)
            .filter(s -> s.id().value().equals(id))
            .findFirst();
    if (id.isEmpty()) {
      String example =
          sources.of(chat).stream()
              .filter(e -> e.source().origin() == Source.Origin.CHAT)
              .map(e -> e.source().id().value())
              .findFirst()
              .orElse("my-feed");
      return Command.reply(texts.get("remove.usage", example));
    }
    if (own.isEmpty()) {
      return Command.reply(texts.get("remove.notYours", new Texts.Html(Quote.of(argument))));
    }
    sources.remove(chat, own.get().id());
    return Command.reply(texts.get("remove.done", own.get().name()));
  }
}
