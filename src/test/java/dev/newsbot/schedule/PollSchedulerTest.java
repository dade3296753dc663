package dev.newsbot.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.news.Article;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.SourcePoller;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.HostileFixtures;
import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollSchedulerTest {
  private static final Duration INTERVAL = Duration.ofMillis(200);
  private static final ZoneId ZONE = ZoneId.of("Asia/Singapore");

  @TempDir Path dir;
  private FakeSite site;

  @BeforeEach
  void setUp() throws Exception {
    site = FakeSite.start();
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  private void feed(String path, String title) {
    site.put(
        path,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>"
            + title
            + "</title><link>"
            + site.url(path + "story/")
            + "</link><description>"
            + String.join(" ", HostileFixtures.story(title))
            + "</description></item></channel></rss>");
  }

  /** Waits until {@code path} was requested {@code times} times; fails after ten seconds. */
  private void awaitRequests(String path, int times) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (site.count(path) < times) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(path + " was requested " + site.count(path) + " times");
      }
      Thread.sleep(20);
    }
  }

  @Test
  void keepsPollingEverySourceWhenOnePollThrowsAnError() throws Exception {
    try (TestDb store = new TestDb(dir)) {
      keepsPollingEverySourceWhenOnePollThrowsAnError(store, Optional.empty());
    }
  }

  @Test
  void keepsPollingWithItsJobsInAClusteredPostgresJobStore() throws Exception {
    try (TestDb store = TestDb.postgres(Clock.systemUTC())) {
      keepsPollingEverySourceWhenOnePollThrowsAnError(store, Optional.of(store.db.dataSource()));
      int jobs =
          store.db.statement(
              c -> {
                try (var rs =
                    c.createStatement()
                        .executeQuery(
                            "SELECT COUNT(*) FROM qrtz_job_details WHERE job_group = 'sources'")) {
                  rs.next();
                  return rs.getInt(1);
                }
              });
      assertEquals(2, jobs, "the jobs are kept in the database, for every instance to share");
    }
  }

  private void keepsPollingEverySourceWhenOnePollThrowsAnError(
      TestDb store, Optional<javax.sql.DataSource> cluster) throws Exception {
    feed("/good.xml", "Good story");
    feed("/broken.xml", "Broken story");
    // An Error escapes the poll's own handling, as a bug such as a LinkageError would.
    Summarizer breaksOnOne =
        request -> {
          if (request.title().startsWith("Broken")) {
            throw new AssertionError("a bug that is not an exception");
          }
          return "summary";
        };
    SourcePoller poller = poller(store, breaksOnOne);
    List<Source> sources =
        List.of(
            Source.feed("broken", "Broken", site.url("/broken.xml"), ZONE),
            Source.feed("good", "Good", site.url("/good.xml"), ZONE));
    try (PollScheduler scheduler =
        new PollScheduler(
            poller,
            new dev.newsbot.news.SourceCatalog(
                sources, new dev.newsbot.store.SqlChatSourceStore(store.db, Clock.systemUTC())),
            INTERVAL,
            1,
            () -> {},
            java.time.Duration.ofMinutes(1),
            cluster)) {
      scheduler.start(id -> true);
      awaitRequests("/broken.xml", 3);
      awaitRequests("/good.xml", 3);
    }
    assertEquals(
        List.of("Good story"), store.articles.latest(10).stream().map(Article::title).toList());
  }

  private SourcePoller poller(TestDb store, Summarizer summarizer) {
    return new SourcePoller(
        new HttpFetcher(new OkHttpClient(), 1 << 20, Duration.ZERO),
        new FeedReader(),
        summarizer,
        store.articles,
        store.states,
        store.seen,
        store.audience,
        r -> {},
        Clock.systemUTC(),
        INTERVAL,
        dev.newsbot.fetch.FetchPolicy.TRUSTED);
  }

  /**
   * Instances on one database: a chat of this instance follows a source that a chat of another
   * added after this one started. This instance polls it, although it never heard of its adding.
   */
  @Test
  void pollsASourceAnotherInstanceAddedOnceAChatHereFollowsIt() throws Exception {
    feed("/added.xml", "Added story");
    try (TestDb store = TestDb.postgres(Clock.systemUTC())) {
      SourceCatalog here = new SourceCatalog(List.of(), store.chatSources);
      try (PollScheduler scheduler =
          new PollScheduler(
              poller(store, request -> "summary"),
              here,
              INTERVAL,
              1,
              () -> {},
              Duration.ofMinutes(1),
              Optional.of(store.db.dataSource()))) {
        scheduler.start(id -> true);
        Source added =
            Source.chat(
                new SourceId("added"), "Added", Source.Kind.FEED, site.url("/added.xml"), ZONE);
        new SourceCatalog(List.of(), store.chatSources) // the other instance's
            .add(added, "127.0.0.1/added.xml", 7);

        here.resume(added.id()); // as a chat's /sources button does

        awaitRequests("/added.xml", 2);
      }
    }
  }
}
