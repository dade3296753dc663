package dev.newsbot.delivery;

import java.util.Objects;

/**
 * A message for one chat, in Telegram's HTML parse mode.
 *
 * @param html the text, every scraped string escaped
 * @param linkPreview whether Telegram may show a preview of the first link
 */
public record OutgoingMessage(String html, boolean linkPreview) {
  public OutgoingMessage {
    Objects.requireNonNull(html, "html == null");
    if (html.isBlank()) {
      throw new IllegalArgumentException("html is blank");
    }
  }

  public static OutgoingMessage reply(String html) {
    return new OutgoingMessage(html, false);
  }
}
