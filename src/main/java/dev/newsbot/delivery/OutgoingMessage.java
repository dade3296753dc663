package dev.newsbot.delivery;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A message for one chat.
 *
 * @param text the text, or the caption when there is a photo
 * @param format how Telegram should read the text
 * @param linkPreview whether Telegram may show a preview of the first link
 * @param photo an image to send with the text as its caption, or null
 * @param buttons rows of inline buttons under the message, possibly none
 * @param edits the message (of the same chat) this one replaces in place, or 0 for a new message
 * @param thread the forum topic to post in, or 0 for the chat itself
 */
public record OutgoingMessage(
    String text,
    Format format,
    boolean linkPreview,
    URI photo,
    List<List<Button>> buttons,
    int edits,
    int thread) {
  /** Telegram's parse mode. */
  public enum Format {
    /** Telegram's HTML subset; every scraped string escaped. */
    HTML,
    /** No entities at all: the fallback when Telegram could not parse our HTML. */
    PLAIN
  }

  /** Telegram's limits, in UTF-16 code units after entities are parsed. */
  public static final int MAX_TEXT = 4096;

  public static final int MAX_CAPTION = 1024;

  public OutgoingMessage {
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(format, "format == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is blank");
    }
    buttons = buttons.stream().map(List::copyOf).toList();
    if (edits != 0 && photo != null) {
      throw new IllegalArgumentException("an edit cannot carry a photo");
    }
  }

  public OutgoingMessage(String text, Format format, boolean linkPreview, URI photo) {
    this(text, format, linkPreview, photo, List.of(), 0, 0);
  }

  /** This message with these rows of buttons under it. */
  public OutgoingMessage withButtons(List<List<Button>> rows) {
    return new OutgoingMessage(text, format, linkPreview, photo, rows, edits, thread);
  }

  /** This message as an edit of message {@code messageId}, in place. */
  public OutgoingMessage editing(int messageId) {
    return new OutgoingMessage(text, format, linkPreview, null, buttons, messageId, thread);
  }

  /** This message in forum topic {@code topic} (0: the chat itself). */
  public OutgoingMessage inThread(int topic) {
    return new OutgoingMessage(text, format, linkPreview, photo, buttons, edits, topic);
  }

  /** A reply to a command: HTML, no link preview. */
  public static OutgoingMessage reply(String html) {
    return new OutgoingMessage(html, Format.HTML, false, null);
  }
}
