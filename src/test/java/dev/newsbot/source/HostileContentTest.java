package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.config.FetchConfig;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.Validators;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.HostileFixtures;
import dev.newsbot.testing.HostileFixtures.Fixture;
import dev.newsbot.testing.TestDb;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Polls hostile feeds and pages served by the fake site, with the bot's default body cap: each ends
 * in a clear failure or a capped result, never in an exception out of the poll. How long each takes
 * is measured by {@code HostileBench}, not asserted here.
 */
class HostileContentTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Singapore");
  private static final long CAP = FetchConfig.DEFAULT.maxBodyBytes();
  private static final String SECRET = "s3cret-0f-the-h0st-4242";

  @TempDir Path dir;
  private FakeSite site;
  private HostileFixtures fixtures;
  private TestDb store;
  private HttpFetcher fetcher;
  private final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    site = FakeSite.start();
    fixtures = new HostileFixtures(site);
    store = new TestDb(dir.resolve("db"));
    fetcher = new HttpFetcher(http, CAP, Duration.ZERO);
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  private SourcePoller poller(Summarizer summarizer, ArticleStore articles) {
    return new SourcePoller(
        fetcher,
        new FeedReader(),
        summarizer,
        articles,
        store.states,
        store.seen,
        new dev.newsbot.subscription.Audience(
            new dev.newsbot.store.SqlSubscriptionStore(store.db, Clock.systemUTC()),
            new dev.newsbot.store.SqlFilterStore(store.db, Clock.systemUTC()),
            new dev.newsbot.store.SqlSettingsStore(store.db, Clock.systemUTC()),
            java.time.ZoneOffset.UTC),
        r -> {},
        Clock.systemUTC(),
        Duration.ofMinutes(5),
        dev.newsbot.fetch.FetchPolicy.TRUSTED);
  }

  private PollResult poll(Fixture fixture) {
    return poller(new ExtractiveSummarizer(), store.articles).poll(fixture.source(ZONE));
  }

  private String body(Article article) {
    return store.db.transaction(
        c -> {
          try (var rs =
              c.createStatement()
                  .executeQuery("SELECT body FROM articles WHERE id = " + article.id())) {
            rs.next();
            return rs.getString(1);
          }
        });
  }

  private Article onlyArticle() {
    List<Article> stored = store.articles.latest(10);
    assertEquals(1, stored.size(), stored.toString());
    return stored.get(0);
  }

  @Test
  void refusesAnXxeFeedWithoutReadingTheLocalFile() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    PollResult result = poll(fixtures.xxeFeed(secret));
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(result.error().contains("DOCTYPE is disallowed"), result.error());
    assertFalse(result.error().contains(SECRET), result.error());
    assertTrue(store.articles.latest(10).isEmpty());
    assertFalse(databaseContains(SECRET), "the secret reached the database");
  }

  /** Whether any of the database's files (the WAL included) holds {@code text}. */
  private boolean databaseContains(String text) throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("db"))) {
      for (Path file : files.toList()) {
        // ISO-8859-1 maps each byte to one char, so this is a search of the raw bytes
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
          return true;
        }
      }
    }
    return false;
  }

  @Test
  void refusesABillionLaughsFeedBeforeExpandingIt() {
    PollResult result = poll(fixtures.billionLaughsFeed());
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(result.error().contains("DOCTYPE is disallowed"), result.error());
  }

  @Test
  void readsA50MbBodyOnlyUpToTheCap() throws Exception {
    Fixture huge = fixtures.hugeFeed();
    FetchResult.Fetched fetched =
        assertInstanceOf(FetchResult.Fetched.class, fetcher.get(huge.url(), Validators.NONE));
    assertEquals(CAP, fetched.body().length);
  }

  @Test
  void refusesAFeedCutOffAtTheCapAsMalformed() {
    PollResult result = poll(fixtures.hugeFeed());
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(result.error().startsWith("not an RSS, Atom or RDF feed: "), result.error());
    assertTrue(
        result.error().contains("XML document structures must start and end"), result.error());
  }

  @Test
  void followsTheLinksOnThePartOfA50MbListingWithinTheCap() {
    PollResult result = poll(fixtures.hugePage());
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    assertEquals(1, result.newArticles());
    assertEquals("Second ferry terminal opens", onlyArticle().title());
  }

  @Test
  void inflatesAGzipBombOnlyUpToTheCap() throws Exception {
    Fixture bomb = fixtures.gzipBomb();
    FetchResult.Fetched fetched =
        assertInstanceOf(FetchResult.Fetched.class, fetcher.get(bomb.url(), Validators.NONE));
    assertEquals(CAP, fetched.body().length);
    for (byte b : fetched.body()) {
      assertEquals(0, b);
    }
  }

  @Test
  void pollsAGzipBombListingAsAPageWithNoLinks() {
    PollResult result = poll(fixtures.gzipBomb());
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    assertEquals(0, result.newArticles());
  }

  @Test
  void findsTheStoryAtTheBottomOfA100000DeepPage() {
    PollResult result = poll(fixtures.deepPage());
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    String body = body(onlyArticle());
    assertTrue(body.contains(HostileFixtures.STORY.get(1)), body);
    assertTrue(body.contains(HostileFixtures.STORY.get(3)), body);
  }

  @Test
  void refusesAFeedNested100000Deep() {
    PollResult result = poll(fixtures.deepFeed());
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(
        result
            .error()
            .contains(
                "has a depth of \"" + (FeedReader.MAX_DEPTH + 1) + "\" that exceeds the limit"),
        result.error());
  }

  @Test
  void extractsTheStoryFromAPageOfHundredsOfThousandsOfSiblingBlocks() {
    PollResult result = poll(fixtures.siblingBlocksPage());
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    String body = body(onlyArticle());
    assertTrue(body.contains(HostileFixtures.STORY.get(2)), body);
    assertFalse(body.contains("Share this story"), body);
  }

  @Test
  void stopsFollowingARedirectLoop() {
    Fixture loop = fixtures.redirectLoop();
    PollResult result = poll(loop);
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(result.error().contains("more than 5 redirects"), result.error());
    assertEquals(6, site.count("/loop/a.xml") + site.count("/loop/b.xml"), site.paths().toString());
  }

  @Test
  void readsAFeedAndPageWhoseCharsetsDoNotExistAsUtf8() {
    PollResult result = poll(fixtures.bogusCharsets());
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    Article article = onlyArticle();
    assertEquals("Caf\u00e9 terminal opens", article.title());
    assertTrue(body(article).contains("This is the caf\u00e9 edition."), body(article));
  }

  @Test
  void skipsAnArticleThatFailsUnexpectedlyAndStoresTheRest() {
    site.put(
        "/two.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + item("Breaks the summariser", "/a/")
            + item("Reads fine", "/b/")
            + "</channel></rss>");
    Summarizer fragile =
        request -> {
          if (request.title().startsWith("Breaks")) {
            throw new IllegalStateException("a bug in the summariser");
          }
          return "summary";
        };
    PollResult result =
        poller(fragile, store.articles).poll(Source.feed("two", "Two", site.url("/two.xml"), ZONE));
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), result.error());
    assertEquals(1, result.newArticles());
    assertEquals("Reads fine", onlyArticle().title());
  }

  private String item(String title, String path) {
    String story = String.join(" ", HostileFixtures.story(title));
    return "<item><title>"
        + title
        + "</title><link>"
        + site.url(path)
        + "</link><description>"
        + story
        + "</description></item>";
  }

  @Test
  void backsOffAfterAPollThatFailsUnexpectedly() {
    site.put(
        "/one.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + item("Any story", "/a/")
            + "</channel></rss>");
    ArticleStore broken =
        new ArticleStore() {
          @Override
          public boolean contains(String urlKey) {
            throw new IllegalStateException("the database is gone");
          }

          @Override
          public Optional<Article> add(
              NewArticle article, java.util.Collection<dev.newsbot.subscription.Recipient> to) {
            throw new AssertionError("never reached");
          }

          @Override
          public Optional<Article> firstListing(
              SourceId source, String urlKey, String contentHash, java.time.Instant since) {
            throw new AssertionError("never reached");
          }

          @Override
          public Optional<Article> firstListing(
              SourceId source, long articleId, java.time.Instant since) {
            throw new AssertionError("never reached");
          }

          @Override
          public Optional<Long> idOf(String urlKey, String contentHash) {
            throw new AssertionError("never reached");
          }

          @Override
          public int alsoListedBy(
              SourceId source,
              String sourceName,
              long articleId,
              java.util.Collection<dev.newsbot.subscription.Recipient> to) {
            throw new AssertionError("never reached");
          }

          @Override
          public Optional<Article> asDeliveredTo(
              long articleId, dev.newsbot.subscription.ChatId chat) {
            return Optional.empty();
          }

          @Override
          public boolean deliveredTo(long articleId, dev.newsbot.subscription.ChatId chat) {
            return false;
          }

          @Override
          public Optional<Article> byId(long id) {
            return Optional.empty();
          }

          @Override
          public Optional<dev.newsbot.news.FullArticle> find(long id) {
            return Optional.empty();
          }

          @Override
          public List<Article> latest(int limit) {
            return List.of();
          }

          @Override
          public List<Article> latest(int limit, java.util.Collection<SourceId> sources) {
            return List.of();
          }
        };
    SourcePoller poller = poller(new ExtractiveSummarizer(), broken);
    Source source = Source.feed("one", "One", site.url("/one.xml"), ZONE);
    PollResult result = poller.poll(source);
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertEquals(
        "unexpected failure: java.lang.IllegalStateException: the database is gone",
        result.error());
    assertEquals(1, store.states.load(new SourceId("one")).consecutiveFailures());
    assertEquals(PollResult.Outcome.BACKING_OFF, poller.poll(source).outcome());
  }

  @Test
  void keepsPollingAGoodSourceAfterEveryHostileOne() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    for (Fixture fixture : fixtures.all(secret)) {
      assertTrue(poll(fixture).outcome() != PollResult.Outcome.BACKING_OFF, fixture.id());
    }
    site.put(
        "/good.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + item("A good story", "/good/")
            + "</channel></rss>");
    PollResult good =
        poller(new ExtractiveSummarizer(), store.articles)
            .poll(Source.feed("good", "Good", site.url("/good.xml"), ZONE));
    assertEquals(PollResult.Outcome.CHECKED, good.outcome(), good.error());
    assertEquals(1, good.newArticles());
    assertFalse(databaseContains(SECRET), "the secret reached the database");
  }
}
