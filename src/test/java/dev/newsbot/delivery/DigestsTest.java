package dev.newsbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.messages.Texts;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.ChatSettings;
import dev.newsbot.subscription.Recipient;
import dev.newsbot.testing.TelegramHtml;
import dev.newsbot.testing.TestClock;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Digests over a real outbox, on a clock the test moves. */
abstract class DigestsTest {
  private static final ChatId ALICE = new ChatId(5);
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");

  @TempDir Path dir;
  private final TestClock clock = TestClock.at(Instant.parse("2026-12-02T00:30:00Z")); // 08:30 SG
  private TestDb store;

  /** The stores, on SQLite (DigestsOnSqliteTest) or PostgreSQL (DigestsOnPostgresTest). */
  abstract TestDb open(Path dir, Clock clock);

  private Digests digests;
  private final AtomicInteger wakes = new AtomicInteger();
  private final List<List<Long>> listed = new ArrayList<>();
  private int n;

  @AfterEach
  void closeStore() {
    store.close();
  }

  @BeforeEach
  void setUp() {
    store = open(dir, clock);
    store.follows(ALICE, "ms", "other");
    digests =
        new Digests(
            store.settings,
            store.outbox,
            new Formatters(SG, Texts::forLanguage),
            SG,
            clock,
            (chat, ids) -> listed.add(ids),
            wakes::incrementAndGet);
  }

  private void digestAt(String... times) {
    List<LocalTime> t = new ArrayList<>();
    for (String s : times) {
      t.add(LocalTime.parse(s));
    }
    store.settings.save(ALICE, ChatSettings.DEFAULT.withDigestTimes(t));
    store.settings.digestDone(ALICE, clock.instant()); // switched to digests now, as /settings does
  }

  private void held(String source, String title) {
    n++;
    store.articles.add(
        new NewArticle(
            new SourceId(source),
            source.equals("ms") ? "Mothership" : "Other",
            URI.create("https://news.example.sg/" + n),
            "news.example.sg/" + n,
            null,
            title,
            null,
            clock.instant().minusSeconds(600 - n),
            "",
            null,
            "",
            "Body.",
            "First sentence of " + title + ". Second sentence."),
        List.of(new Recipient(ALICE, null, true)));
  }

  private List<Delivery> queued() {
    return store.outbox.due(clock.instant().plusSeconds(5), 100);
  }

  @Test
  void aDueDigestListsEverythingHeldGroupedBySourceOnce() throws Exception {
    digestAt("09:00");
    held("ms", "Ferry news");
    held("other", "Weather news");
    held("ms", "Hawker news");
    assertEquals(List.of(), queued(), "held, not pushed");
    assertEquals(0, digests.run(), "not due before 09:00 Singapore time");

    clock.advance(Duration.ofSeconds(31 * 60)); // 09:01
    assertEquals(1, digests.run());
    List<Delivery> parts = queued();
    assertEquals(1, parts.size());
    String text = TelegramHtml.visible(parts.get(0).digest());
    assertTrue(text.startsWith("Your digest: 3 new articles"), text);
    assertTrue(
        text.indexOf("Mothership\n1. Ferry news") < text.indexOf("2. Hawker news")
            && text.indexOf("2. Hawker news") < text.indexOf("Other\n3. Weather news"),
        text);
    assertTrue(text.contains("First sentence of Ferry news."), text);
    assertEquals(1, listed.size());
    assertEquals(
        List.of("Ferry news", "Hawker news", "Weather news"),
        listed.get(0).stream().map(id -> store.articles.byId(id).orElseThrow().title()).toList(),
        "numbered for /summary n, in the digest's order");

    assertEquals(0, digests.run(), "sent once");
    clock.advance(Duration.ofSeconds(3600));
    assertEquals(0, digests.run(), "nothing new, no digest");
  }

  @Test
  void aDigestMissedWhileTheBotWasDownIsSentOnceAtTheNextRun() {
    digestAt("09:00");
    held("ms", "Ferry news");
    clock.set(Instant.parse("2026-12-02T09:00:00Z")); // 17:00 Singapore: 09:00 passed long ago
    assertEquals(1, digests.run());
    assertEquals(0, digests.run());
  }

  @Test
  void aLongDigestIsSplitAtArticleBoundariesWithinTelegramsLimit() throws Exception {
    digestAt("09:00");
    for (int i = 0; i < 60; i++) {
      held(
          "ms", "A rather long headline about events number " + i + " ".repeat(0) + "x".repeat(60));
    }
    clock.advance(Duration.ofSeconds(31 * 60));
    digests.run();
    List<Delivery> parts = queued();
    assertTrue(parts.size() >= 2, "split: " + parts.size());
    int total = 0;
    for (Delivery d : parts) {
      String visible = TelegramHtml.visible(d.digest());
      assertTrue(visible.length() <= OutgoingMessage.MAX_TEXT, "" + visible.length());
      total += visible.split("\n\\d+\\. ").length - 1;
    }
    assertEquals(60, total, "every article in exactly one part");
  }

  @Test
  void aChatBackOnInstantGetsWhatWasHeld() {
    digestAt("09:00");
    held("ms", "Ferry news");
    assertEquals(1, store.outbox.releaseHeld(ALICE, clock.instant()));
    assertEquals(
        Optional.of("Ferry news"), queued().stream().map(d -> d.article().title()).findFirst());
  }
}
