package dev.newsbot.delivery;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An inline button under a message: it either sends {@code data} back to the bot (a callback) or
 * opens {@code url}.
 *
 * @param text the label
 * @param data what the bot gets when it is pressed, at most 64 bytes, or null for a link button
 * @param url what it opens, or null for a callback button
 */
public record Button(String text, String data, URI url) {
  /** Telegram's limit on callback data. */
  public static final int MAX_DATA_BYTES = 64;

  public Button {
    Objects.requireNonNull(text, "text == null");
    if ((data == null) == (url == null)) {
      throw new IllegalArgumentException("a button has either data or a url: " + text);
    }
    if (data != null && data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
      throw new IllegalArgumentException("callback data over 64 bytes: " + data);
    }
  }

  /** Labels longer than this are cut. */
  public static final int MAX_LABEL = 40;

  /** {@code text} cut to fit a button, with an ellipsis when cut. */
  public static String label(String text) {
    return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1) + "…";
  }

  public static Button callback(String text, String data) {
    return new Button(text, data, null);
  }

  public static Button link(String text, URI url) {
    return new Button(text, null, url);
  }
}
