package dev.newsbot.command;

import dev.newsbot.delivery.Button;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.subscription.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /sources}: every source the chat can follow, with its id and whether the chat follows it,
 * and a button per source that toggles it (the message is then edited in place).
 */
final class SourcesCommand implements Command {
  /** Callback data of a toggle button: {@code t:<source id>}. */
  static final String TOGGLE = "t";

  /** Room for the list below Telegram's 4096, markup included (so always on the safe side). */
  private static final int MAX_LIST_CHARS = 3600;

  /** Telegram allows 100 buttons under a message. */
  private static final int MAX_BUTTONS = 90;

  private final ChatSources sources;
  private final Texts texts;

  SourcesCommand(ChatSources sources, Texts texts) {
    this.sources = sources;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "sources";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    return Command.reply(render(chat));
  }

  /** The list as it stands now, with its buttons. */
  OutgoingMessage render(ChatId chat) {
    StringBuilder html = new StringBuilder(texts.get("sources.title"));
    List<List<Button>> buttons = new ArrayList<>();
    List<ChatSources.Entry> entries = sources.of(chat);
    int shown = 0;
    for (ChatSources.Entry e : entries) {
      if (html.length() > MAX_LIST_CHARS || buttons.size() >= MAX_BUTTONS) {
        // Telegram refuses longer texts and keyboards: the rest by id
        html.append('\n').append(texts.get("sources.more", entries.size() - shown));
        break;
      }
      shown++;
      Source s = e.source();
      String name =
          s.origin() == Source.Origin.CHAT ? s.name() + " " + texts.get("sources.yours") : s.name();
      html.append('\n')
          .append(
              texts.get(
                  "sources.line",
                  new Texts.Html(
                      texts.get(e.followed() ? "sources.followed" : "sources.notFollowed")),
                  name,
                  s.id().value()));
      buttons.add(
          List.of(
              Button.callback(
                  Button.label(
                      texts.get(
                          e.followed() ? "sources.button.unfollow" : "sources.button.follow",
                          s.name())),
                  TOGGLE + ":" + s.id().value())));
    }
    html.append("\n\n").append(texts.get("sources.footer"));
    return OutgoingMessage.reply(html.toString()).withButtons(buttons);
  }
}
