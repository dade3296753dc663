package dev.newsbot.delivery;

import dev.newsbot.messages.Texts;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The message formatter for each way chats read: language, time zone, summaries or not. */
public final class Formatters {
  private record Key(String language, ZoneId zone, boolean summaries) {}

  private final ZoneId defaultZone;
  private final Function<String, Texts> catalogues;
  private final Map<Key, MessageFormatter> made = new ConcurrentHashMap<>();

  /**
   * @param catalogues the message catalogue for a language code ("" for the default)
   */
  public Formatters(ZoneId defaultZone, Function<String, Texts> catalogues) {
    this.defaultZone = defaultZone;
    this.catalogues = catalogues;
  }

  /** The formatter for a chat that reads as {@code reader} says. */
  public MessageFormatter of(Delivery.Reader reader) {
    return of(reader.language(), reader.zone(), reader.summaries());
  }

  /**
   * @param zone null for the bot's
   */
  public MessageFormatter of(String language, ZoneId zone, boolean summaries) {
    Key key =
        new Key(language == null ? "" : language, zone == null ? defaultZone : zone, summaries);
    return made.computeIfAbsent(
        key, k -> new MessageFormatter(k.zone(), catalogues.apply(k.language()), k.summaries()));
  }

  /** The catalogue for a language code. */
  public Texts texts(String language) {
    return catalogues.apply(language == null ? "" : language);
  }
}
