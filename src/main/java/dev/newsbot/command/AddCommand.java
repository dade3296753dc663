package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.source.SourceAdder;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /add <link>}: a feed, or any page of a site; the bot finds the feed or reads the page as a
 * listing, follows it at once, and pushes only what appears from now on.
 */
final class AddCommand implements Command {
  private final SourceAdder adder;
  private final ChatSources sources;
  private final LinkSummaries links;
  private final Texts texts;
  private final boolean enabled;
  private final int maxPerChat;

  AddCommand(
      SourceAdder adder,
      ChatSources sources,
      LinkSummaries links,
      Texts texts,
      boolean enabled,
      int maxPerChat) {
    this.adder = adder;
    this.sources = sources;
    this.links = links;
    this.texts = texts;
    this.enabled = enabled;
    this.maxPerChat = maxPerChat;
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return "add";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    if (!enabled) {
      return Command.reply(texts.get("add.off"));
    }
    String link = argument.strip().split("\\s+", 2)[0];
    if (link.isEmpty()) {
      return Command.reply(texts.get("add.usage"));
    }
    long own =
        sources.of(chat).stream()
            .filter(e -> e.followed() && e.source().origin() == Source.Origin.CHAT)
            .count();
    if (own >= maxPerChat) {
      return Command.reply(texts.get("add.tooMany", own));
    }
    return adder.add(chat.value(), link).thenApply(added -> Optional.of(reply(chat, added)));
  }

  private OutgoingMessage reply(ChatId chat, SourceAdder.Added added) {
    String html;
    if (added instanceof SourceAdder.Added.Found found) {
      html = found(chat, found);
    } else if (added instanceof SourceAdder.Added.Refused r) {
      html = links.refusal(r.why());
    } else if (added instanceof SourceAdder.Added.Throttled t) {
      html = texts.get(t.botWide() ? "link.busy" : "link.chatLimit");
    } else if (added instanceof SourceAdder.Added.Failed f) {
      html = texts.get("add.failed", f.reason());
    } else {
      html = texts.get("add.notFound");
    }
    return OutgoingMessage.reply(html);
  }

  private String found(ChatId chat, SourceAdder.Added.Found found) {
    Source s = found.source();
    boolean newly = sources.follow(chat, s.id());
    if (!found.isNew() && !newly) {
      return texts.get("add.alreadyFollowed", s.name(), s.id().value());
    }
    String prefix = found.isNew() ? "add.done" : "add.shared";
    return found.newest().isPresent()
        ? texts.get(prefix, s.name(), s.id().value(), found.newest().get())
        : texts.get(prefix + "NoArticle", s.name(), s.id().value());
  }
}
