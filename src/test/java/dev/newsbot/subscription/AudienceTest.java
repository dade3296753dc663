package dev.newsbot.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.news.SourceId;
import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

abstract class AudienceTest {
  private static final ChatId ALICE = new ChatId(1);
  private static final ChatId BOB = new ChatId(2);
  private static final ChatId CAROL = new ChatId(3);
  private static final SourceId MS = new SourceId("ms");

  @TempDir Path dir;
  private TestDb store;

  /** The stores, on SQLite (AudienceOnSqliteTest) or PostgreSQL (AudienceOnPostgresTest). */
  abstract TestDb open(Path dir, Clock clock);

  @AfterEach
  void closeStore() {
    store.close();
  }

  @BeforeEach
  void setUp() {
    store = open(dir, Clock.systemUTC());
  }

  private List<ChatId> audience(String title, String summary) {
    return store.audience.of(MS, title, summary);
  }

  @Test
  void onlyActiveChatsThatFollowTheSourceGetIt() {
    store.follows(ALICE, "ms");
    store.follows(BOB, "other");
    store.follows(CAROL, "ms");
    store.subscribers.unsubscribe(CAROL);
    assertEquals(List.of(ALICE), audience("Ferry news", "A summary."));
  }

  @Test
  void aMinusFilterTurnsAwayArticlesThatMentionTheWordWhole() {
    store.follows(ALICE, "ms");
    store.filters.add(ALICE, new Filter(false, "Football"));
    assertEquals(List.of(), audience("Local football club wins", "..."));
    assertEquals(List.of(), audience("Match report", "The FOOTBALL season ends."));
    assertEquals(List.of(ALICE), audience("Footballer retires", "not the word itself"));
  }

  @Test
  void plusFiltersLetThroughOnlyArticlesWithOneOfTheirWords() {
    store.follows(ALICE, "ms");
    store.follows(BOB, "ms");
    store.filters.add(ALICE, new Filter(true, "ferry"));
    store.filters.add(ALICE, new Filter(true, "mrt"));
    assertEquals(List.of(ALICE, BOB), audience("New ferry route", ""));
    assertEquals(List.of(ALICE, BOB), audience("Delays", "The MRT line stopped."));
    assertEquals(List.of(BOB), audience("Hawker prices rise", "Food costs more."));
  }

  @Test
  void aMinusFilterWinsOverAPlusFilter() {
    store.follows(ALICE, "ms");
    store.filters.add(ALICE, new Filter(true, "ferry"));
    store.filters.add(ALICE, new Filter(false, "accident"));
    assertEquals(List.of(), audience("Ferry accident at the pier", ""));
  }

  @Test
  void chineseWordsMatchWithinUnspacedText() {
    store.follows(ALICE, "ms");
    store.filters.add(ALICE, new Filter(false, "足球"));
    assertEquals(List.of(), audience("新加坡足球队获胜", ""));
    assertEquals(List.of(ALICE), audience("新加坡天气", ""));
  }

  @Test
  void hyphenatedWordsAreWholeWords() {
    store.follows(ALICE, "ms");
    store.filters.add(ALICE, new Filter(true, "covid-19"));
    assertEquals(List.of(ALICE), audience("Covid-19 cases fall", ""));
    assertEquals(List.of(), audience("Covid cases fall", ""));
  }

  @Test
  void digestChatsGetTheArticleHeldAndQuietChatsAtTheEndOfTheirQuietHours() {
    store.follows(ALICE, "ms");
    store.follows(BOB, "ms");
    store.follows(CAROL, "ms");
    store.settings.save(
        BOB, ChatSettings.DEFAULT.withDigestTimes(List.of(java.time.LocalTime.of(8, 0))));
    store.settings.save(
        CAROL,
        ChatSettings.DEFAULT
            .withZone(java.util.Optional.of(java.time.ZoneId.of("Asia/Singapore")))
            .withQuiet(
                java.util.Optional.of(
                    new ChatSettings.QuietHours(
                        java.time.LocalTime.of(23, 0), java.time.LocalTime.of(7, 0)))));
    java.time.Instant night = java.time.Instant.parse("2026-12-02T16:30:00Z"); // 00:30 in SG
    assertEquals(
        List.of(
            Recipient.now(ALICE),
            new Recipient(BOB, null, true),
            new Recipient(CAROL, java.time.Instant.parse("2026-12-02T23:00:00Z"), false)),
        store.audience.recipients(MS, "Ferry", "", night));
    java.time.Instant day = java.time.Instant.parse("2026-12-02T04:00:00Z"); // 12:00 in SG
    assertEquals(Recipient.now(CAROL), store.audience.recipients(MS, "Ferry", "", day).get(2));
  }
}
