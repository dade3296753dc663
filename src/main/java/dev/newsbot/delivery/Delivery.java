package dev.newsbot.delivery;

import dev.newsbot.news.Article;
import dev.newsbot.subscription.ChatId;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One article queued for one chat.
 *
 * @param id the outbox row
 * @param chat who gets it
 * @param article what they get
 * @param attempts how many sends were tried before this one
 * @param more how many older articles of the chat's backlog were left out; the message says so
 * @param digest the text of a digest part to send instead of the article's push, or null
 * @param reader how the chat reads: its topic, language, zone and whether it wants summaries
 */
public record Delivery(
    long id, ChatId chat, Article article, int attempts, int more, String digest, Reader reader) {
  /**
   * How a chat reads its pushes.
   *
   * @param thread the forum topic pushes go to, or 0
   * @param language "en", "zh", or empty for the default
   * @param zone the zone times are shown in, or null for the bot's
   * @param summaries whether pushes carry summaries
   * @param channel whether the chat is a channel (posts carry a link back to the bot, no buttons)
   */
  public record Reader(
      int thread, String language, ZoneId zone, boolean summaries, boolean channel) {
    public static final Reader DEFAULT = new Reader(0, "", null, true, false);
  }

  public Delivery {
    Objects.requireNonNull(chat, "chat == null");
    Objects.requireNonNull(article, "article == null");
    Objects.requireNonNull(reader, "reader == null");
  }

  /** A push to a chat that reads as most do. */
  public Delivery(long id, ChatId chat, Article article, int attempts, int more) {
    this(id, chat, article, attempts, more, null, Reader.DEFAULT);
  }
}
