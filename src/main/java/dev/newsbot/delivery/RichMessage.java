package dev.newsbot.delivery;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Telegram rich message (Bot API 10.1): structured HTML with headings, paragraphs, lists, quotes
 * and media, sent with {@code sendRichMessage}.
 *
 * @param html the content in Telegram's rich HTML, every scraped string escaped; at most {@link
 *     #MAX_CHARS} characters
 * @param photos the images the HTML shows as {@code tg://photo?id=<id>}, at most {@link #MAX_MEDIA}
 * @param thread the forum topic to post in, or 0 for the chat itself
 */
public record RichMessage(String html, List<Photo> photos, int thread) {
  /**
   * Telegram's limit is 32,768 characters of text; the HTML is kept within it, markup included, so
   * that the text is within it however Telegram counts.
   */
  public static final int MAX_CHARS = 32_768;

  /** Blocks, nested ones (list items) included. */
  public static final int MAX_BLOCKS = 500;

  public static final int MAX_MEDIA = 50;

  private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /**
   * An image fetched by Telegram from {@code url} and shown where the HTML says {@code
   * tg://photo?id=<id>}.
   */
  public record Photo(String id, URI url) {
    public Photo {
      Objects.requireNonNull(id, "id == null");
      Objects.requireNonNull(url, "url == null");
      if (!MEDIA_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("media id is not 1-64 of A-Z a-z 0-9 _ -: " + id);
      }
    }

    /** How the HTML refers to this photo. */
    public String link() {
      return "tg://photo?id=" + id;
    }
  }

  /** A message to the chat itself, outside any forum topic. */
  public RichMessage(String html, List<Photo> photos) {
    this(html, photos, 0);
  }

  /** The same message, posted in forum topic {@code topic} (0: none). */
  public RichMessage inThread(int topic) {
    return new RichMessage(html, photos, topic);
  }

  public RichMessage {
    Objects.requireNonNull(html, "html == null");
    photos = List.copyOf(Objects.requireNonNull(photos, "photos == null"));
    if (html.isBlank()) {
      throw new IllegalArgumentException("html is blank");
    }
    if (html.length() > MAX_CHARS) {
      throw new IllegalArgumentException(
          "rich message is " + html.length() + " characters, more than " + MAX_CHARS);
    }
    if (photos.size() > MAX_MEDIA) {
      throw new IllegalArgumentException(
          "rich message has " + photos.size() + " media, more than " + MAX_MEDIA);
    }
  }
}
