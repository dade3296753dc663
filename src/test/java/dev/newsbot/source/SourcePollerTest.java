package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.config.SourceConfig;
import dev.newsbot.news.Article;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.summary.LeadSummarizer;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePollerTest {
  @TempDir Path dir;
  private FakeSite site;
  private MothershipFeed feed;
  private TestDb store;
  private SourcePoller poller;
  private SourceConfig source;
  private final AtomicInteger wakes = new AtomicInteger();
  private final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    store = new TestDb(dir);
    poller =
        new SourcePoller(
            new HttpFetcher(http, 1 << 20, Duration.ZERO),
            new FeedReader(),
            new LeadSummarizer(3, 60),
            store.articles,
            store.states,
            wakes::incrementAndGet,
            java.time.Clock.systemUTC(),
            Duration.ofMinutes(5));
    source = SourceConfig.feed("ms", "Mothership", site.url("/feed/"), ZoneId.of("Asia/Singapore"));
    store.subscribers.subscribe(new ChatId(1));
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  @Test
  void firstPollStoresTheBacklogWithoutQueueingIt() {
    PollResult result = poller.poll(source);
    assertEquals(PollResult.Outcome.CHECKED, result.outcome());
    assertEquals(1, result.newArticles());
    assertEquals(1, store.articles.latest(10).size());
    assertTrue(store.outbox.due(Instant.now(), 10).isEmpty(), "the backlog is not pushed");
    assertEquals(0, wakes.get());
  }

  @Test
  void laterPollQueuesANewArticleForEachSubscriberOnce() {
    poller.poll(source);
    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    assertEquals(1, poller.poll(source).newArticles());
    assertEquals(0, poller.poll(source).newArticles(), "listed again, not stored again");
    var due = store.outbox.due(Instant.now(), 10);
    assertEquals(1, due.size());
    assertEquals(new ChatId(1), due.get(0).chat());
    assertEquals(1, wakes.get());
  }

  @Test
  void storesCleanTextWithoutPromosOrCredits() {
    poller.poll(source);
    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    poller.poll(source);
    Article ferry = store.articles.latest(1).get(0);
    assertEquals("Another Writer", ferry.author());
    assertEquals(Instant.parse("2026-11-28T01:30:00Z"), ferry.published());
    assertEquals("Commuters gave the service mixed reviews.", ferry.standfirst());
    assertEquals(URI.create("https://static.example.sg/1/2026/11/punggol-ferry-trial-first-week.png"), ferry.image());
    String body = store.db.transaction(c -> {
      try (var rs = c.createStatement().executeQuery("SELECT body FROM articles WHERE id = " + ferry.id())) {
        rs.next();
        return rs.getString(1);
      }
    });
    assertTrue(body.startsWith("A trial ferry service between Punggol"), body);
    assertTrue(body.contains("\n\nBicycles welcome\n\n"), "subheadings are kept in order: " + body);
    assertFalse(body.contains("Follow us on Telegram"), body);
    assertFalse(body.contains("Top image"), body);
    assertFalse(body.contains("podcast"), body);
    assertTrue(ferry.summary().startsWith("A trial ferry service"), ferry.summary());
  }

  @Test
  void identifiesItselfAndAsksConditionally() {
    poller.poll(source);
    assertEquals(PollResult.Outcome.NOT_MODIFIED, poller.poll(source).outcome());
    var second = site.requests("/feed/").get(1);
    assertTrue(second.headers().getFirst("User-agent").contains("NewsBot"), second.headers().toString());
    assertTrue(second.headers().getFirst("If-none-match") != null, "sends the ETag back");
  }

  @Test
  void aFailingSourceBacksOffAndRecovers() {
    site.fail("/feed/", 503);
    PollResult failed = poller.poll(source);
    assertEquals(PollResult.Outcome.FAILED, failed.outcome());
    assertTrue(failed.error().startsWith("HTTP 503"), failed.error());
    SourceState state = store.states.load(new SourceId("ms"));
    assertEquals(1, state.consecutiveFailures());
    assertEquals(PollResult.Outcome.BACKING_OFF, poller.poll(source).outcome());
    assertEquals(1, site.count("/feed/"), "no request while backing off");
  }

  @Test
  void backOffDoublesUpToAnHour() {
    assertEquals(Duration.ofMinutes(5), poller.backoff(1));
    assertEquals(Duration.ofMinutes(10), poller.backoff(2));
    assertEquals(Duration.ofMinutes(40), poller.backoff(4));
    assertEquals(Duration.ofHours(1), poller.backoff(5));
    assertEquals(Duration.ofHours(1), poller.backoff(40));
  }

  @Test
  void aSuccessClearsTheFailures() {
    site.fail("/feed/", 500);
    poller.poll(source);
    store.states.recordFailure(new SourceId("ms"), "x", Instant.now(), Instant.now().minusSeconds(1));
    site.put("/feed/", "application/rss+xml", feed.xml());
    assertEquals(PollResult.Outcome.CHECKED, poller.poll(source).outcome());
    SourceState state = store.states.load(new SourceId("ms"));
    assertEquals(0, state.consecutiveFailures());
    assertNull(state.nextPollAt());
  }
}
