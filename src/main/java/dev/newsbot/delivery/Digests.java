package dev.newsbot.delivery;

import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.ChatSettings;
import dev.newsbot.subscription.SettingsStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the digests that are due: for each chat on digests whose time has come (in its own zone),
 * one message listing what arrived since the last, grouped by source, numbered so that /summary n
 * finds an entry, split at article boundaries to fit Telegram's limit, and queued in the outbox. A
 * digest that falls due while the bot is down is made at the next run, once; one with nothing new
 * is not sent.
 */
public final class Digests {
  private static final Logger log = LoggerFactory.getLogger(Digests.class);

  /** Room kept below Telegram's 4096 for the part's own header. */
  private static final int MAX_PART = OutgoingMessage.MAX_TEXT - 200;

  private final SettingsStore settings;
  private final Outbox outbox;
  private final Formatters formatters;
  private final ZoneId defaultZone;
  private final Clock clock;
  private final BiConsumer<ChatId, List<Long>> listed;
  private final Runnable wake;

  /**
   * @param listed told of each digest's numbered articles, for /summary n
   * @param wake tells the sender that deliveries are queued
   */
  public Digests(
      SettingsStore settings,
      Outbox outbox,
      Formatters formatters,
      ZoneId defaultZone,
      Clock clock,
      BiConsumer<ChatId, List<Long>> listed,
      Runnable wake) {
    this.settings = settings;
    this.outbox = outbox;
    this.formatters = formatters;
    this.defaultZone = defaultZone;
    this.clock = clock;
    this.listed = listed;
    this.wake = wake;
  }

  /** Makes every digest that is due; returns how many were queued. */
  public int run() {
    Instant now = clock.instant();
    int queued = 0;
    for (Map.Entry<ChatId, ChatSettings> e : settings.digestChats().entrySet()) {
      try {
        queued += runFor(e.getKey(), e.getValue(), now) ? 1 : 0;
      } catch (RuntimeException ex) {
        log.error("Digest for chat {} failed; it is tried again next minute", e.getKey(), ex);
      }
    }
    if (queued > 0) {
      wake.run();
    }
    return queued;
  }

  private boolean runFor(ChatId chat, ChatSettings s, Instant now) {
    ZoneId zone = s.zone().orElse(defaultZone);
    Optional<ZonedDateTime> due = s.lastDigestDue(now.atZone(zone));
    Optional<Instant> last = settings.lastDigest(chat);
    if (due.isEmpty() || (last.isPresent() && !due.get().toInstant().isAfter(last.get()))) {
      return false;
    }
    if (last.isEmpty()) {
      // first seen on digests: the first digest is the next one due, not one from before
      settings.digestDone(chat, due.get().toInstant());
      return false;
    }
    List<Delivery> held = outbox.heldForDigest(chat);
    settings.digestDone(chat, due.get().toInstant());
    if (held.isEmpty()) {
      return false; // nothing new: no digest
    }
    String language = s.language().or(() -> settings.telegramLanguage(chat)).orElse("");
    MessageFormatter formatter = formatters.of(language, zone, true);
    Texts texts = formatters.texts(language);
    List<String> parts = render(held, formatter, texts);
    outbox.queueDigest(chat, held.stream().map(Delivery::id).toList(), parts, now);
    listed.accept(chat, numbered(held).stream().map(Article::id).toList());
    log.info(
        "Digest of {} articles queued for chat {} ({} messages)", held.size(), chat, parts.size());
    return true;
  }

  /** The articles in digest order: grouped by source, in the order sources first appear. */
  static List<Article> numbered(List<Delivery> held) {
    Map<String, List<Article>> bySource = new LinkedHashMap<>();
    for (Delivery d : held) {
      bySource
          .computeIfAbsent(d.article().source().value(), k -> new ArrayList<>())
          .add(d.article());
    }
    List<Article> out = new ArrayList<>();
    bySource.values().forEach(out::addAll);
    return out;
  }

  static List<String> render(List<Delivery> held, MessageFormatter formatter, Texts texts) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder(texts.get("digest.title", held.size()));
    int visible = TelegramText.visibleLength(part.toString());
    String source = null;
    int n = 0;
    for (Article a : numbered(held)) {
      n++;
      StringBuilder entry = new StringBuilder();
      if (!a.sourceName().equals(source)) {
        entry.append("\n\n<b>").append(Texts.escape(a.sourceName())).append("</b>");
      }
      entry.append('\n').append(formatter.digestEntry(n, a));
      int size = TelegramText.visibleLength(entry.toString());
      if (visible + size > MAX_PART && n > 1) {
        parts.add(part.toString());
        part = new StringBuilder(texts.get("digest.continued"));
        visible = TelegramText.visibleLength(part.toString());
        entry.setLength(0);
        entry.append("\n\n<b>").append(Texts.escape(a.sourceName())).append("</b>");
        entry.append('\n').append(formatter.digestEntry(n, a));
        size = TelegramText.visibleLength(entry.toString());
      }
      part.append(entry);
      visible += size;
      source = a.sourceName();
    }
    part.append("\n\n").append(texts.get("digest.footer"));
    parts.add(part.toString());
    return parts;
  }
}
