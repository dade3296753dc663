package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.news.Article;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.testing.ArticlePage;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
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
  private Source source;
  private final AtomicInteger wakes = new AtomicInteger();
  private final OkHttpClient http = new OkHttpClient();
  private final ZoneId singapore = ZoneId.of("Asia/Singapore");

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
            new ExtractiveSummarizer(),
            store.articles,
            store.states,
            store.seen,
            store.audience,
            r -> {
              if (r.queuedDeliveries()) {
                store.outbox.releaseStaged(r.source()); // as the bot does when a poll ends
                wakes.incrementAndGet();
              }
            },
            java.time.Clock.systemUTC(),
            Duration.ofMinutes(5),
            dev.newsbot.fetch.FetchPolicy.TRUSTED);
    source = Source.feed("ms", "Mothership", site.url("/feed/"), ZoneId.of("Asia/Singapore"));
    store.follows(new ChatId(1), "ms", "list", "f");
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

  /** Another feed source on the fake site, serving {@code feed} at {@code path}. */
  private Source secondFeed(String id, String path, MothershipFeed feed) {
    site.put(path, "application/rss+xml", feed.xml());
    return Source.feed(id, id.toUpperCase(java.util.Locale.ROOT), site.url(path), singapore);
  }

  @Test
  void anArticleInTwoFeedsReachesTheFollowersOfEachOnce() {
    MothershipFeed second = new MothershipFeed(site.url("/").toString());
    Source sg = secondFeed("sg", "/sg/feed/", second.add(Stories.HAWKER));
    store.follows(new ChatId(2), "sg");
    store.follows(new ChatId(3), "ms", "sg");
    poller.poll(source);
    poller.poll(sg); // both backlogs: nothing pushed

    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    site.put("/sg/feed/", "application/rss+xml", second.add(Stories.FERRY).xml());
    assertEquals(1, poller.poll(source).newArticles());
    assertEquals(1, poller.poll(sg).newArticles(), "stored by ms, new to the followers of sg");
    assertEquals(0, poller.poll(sg).newArticles(), "listed again: queued once");
    assertEquals(0, poller.poll(source).newArticles());

    var due = store.outbox.due(Instant.now(), 10);
    assertEquals(
        List.of(new ChatId(1), new ChatId(2), new ChatId(3)),
        due.stream()
            .map(d -> d.chat())
            .sorted(java.util.Comparator.comparing(ChatId::value))
            .toList(),
        "each chat once, the one following both too");
    assertEquals(
        java.util.Map.of(1L, "Mothership", 2L, "SG", 3L, "Mothership"),
        due.stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    d -> d.chat().value(), d -> d.article().sourceName())),
        "shown under the source each chat got it through");
    assertEquals(
        1, store.articles.latest(10).stream().filter(a -> a.title().contains("ferry")).count());
  }

  @Test
  void theSameStoryUnderAnotherAddressReachesTheSecondFeedsFollowers() {
    MothershipFeed mirror = new MothershipFeed(site.url("/mirror/").toString());
    Source copy = secondFeed("mirror", "/mirror/feed/", mirror.add(Stories.HAWKER));
    store.follows(new ChatId(2), "mirror");
    poller.poll(source);
    poller.poll(copy);

    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    site.put("/mirror/feed/", "application/rss+xml", mirror.add(Stories.FERRY).xml());
    assertEquals(1, poller.poll(source).newArticles());
    assertEquals(1, poller.poll(copy).newArticles(), "its text is stored already");
    assertEquals(
        List.of(new ChatId(1), new ChatId(2)),
        store.outbox.due(Instant.now(), 10).stream()
            .map(d -> d.chat())
            .sorted(java.util.Comparator.comparing(ChatId::value))
            .toList());
    assertEquals(0, poller.poll(copy).newArticles(), "once");

    // a third feed lists the mirror's address, remembered as the stored story's
    MothershipFeed again = new MothershipFeed(site.url("/mirror/").toString());
    Source third = secondFeed("again", "/again/feed/", again.add(Stories.HAWKER));
    store.follows(new ChatId(3), "again");
    poller.poll(third); // its backlog
    site.put("/again/feed/", "application/rss+xml", again.add(Stories.FERRY).xml());
    assertEquals(1, poller.poll(third).newArticles());
    assertEquals(3, store.outbox.due(Instant.now(), 10).size(), "chat 3 too, once");
    assertEquals(0, poller.poll(third).newArticles());
  }

  @Test
  void aSecondSourcesBacklogDoesNotPushWhatAnotherStored() {
    poller.poll(source);
    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    poller.poll(source); // the ferry story is pushed to chat 1
    MothershipFeed second =
        new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER).add(Stories.FERRY);
    site.put("/sg/feed/", "application/rss+xml", second.xml());
    store.follows(new ChatId(2), "sg");

    Source sg = Source.feed("sg", "Mothership SG", site.url("/sg/feed/"), singapore);
    assertEquals(0, poller.poll(sg).newArticles(), "a new source's backlog");
    assertEquals(0, poller.poll(sg).newArticles(), "nor later: it listed them from the start");
    assertEquals(
        List.of(new ChatId(1)),
        store.outbox.due(Instant.now(), 10).stream().map(d -> d.chat()).toList());
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
    assertEquals(
        URI.create("https://static.example.sg/1/2026/11/punggol-ferry-trial-first-week.png"),
        ferry.image());
    String body =
        store.db.transaction(
            c -> {
              try (var rs =
                  c.createStatement()
                      .executeQuery("SELECT body FROM articles WHERE id = " + ferry.id())) {
                rs.next();
                return rs.getString(1);
              }
            });
    assertTrue(body.startsWith("A trial ferry service between Punggol"), body);
    assertTrue(
        body.contains("\n\n## Bicycles welcome\n\n"), "subheadings are kept in order: " + body);
    assertFalse(body.contains("Follow us on Telegram"), body);
    assertFalse(body.contains("Top image"), body);
    assertFalse(body.contains("podcast"), body);
    assertTrue(ferry.summary().contains("carried about 3,000 passengers"), ferry.summary());
    assertFalse(ferry.summary().contains("Follow us"), ferry.summary());
  }

  @Test
  void identifiesItselfAndAsksConditionally() {
    poller.poll(source);
    assertEquals(PollResult.Outcome.NOT_MODIFIED, poller.poll(source).outcome());
    var second = site.requests("/feed/").get(1);
    assertTrue(
        second.headers().getFirst("User-agent").contains("NewsBot"), second.headers().toString());
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
    store.states.recordFailure(
        new SourceId("ms"), "x", Instant.now(), Instant.now().minusSeconds(1));
    site.put("/feed/", "application/rss+xml", feed.xml());
    assertEquals(PollResult.Outcome.CHECKED, poller.poll(source).outcome());
    SourceState state = store.states.load(new SourceId("ms"));
    assertEquals(0, state.consecutiveFailures());
    assertNull(state.nextPollAt());
  }

  private String bodyOf(Article article) {
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

  private static final List<String> STORY =
      List.of(
          "The harbour authority opened a second ferry terminal on Monday, doubling the number of daily crossings to the outer islands.",
          "Officials said the terminal had been finished three months ahead of schedule and slightly under its budget of forty million dollars.",
          "Residents of the islands, who had complained for years about crowded morning boats, welcomed the change but asked for later evening sailings.",
          "The authority said it would review the timetable again in the spring once it had counted passengers for a full season.");

  @Test
  void findsTheFeedAnnouncedByAHomePage() {
    site.put(
        "/",
        "text/html",
        "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed/\">"
            + "</head><body>Home</body></html>");
    Source home = Source.feed("home", "Home", site.url("/"), singapore);
    PollResult result = poller.poll(home);
    assertEquals(PollResult.Outcome.CHECKED, result.outcome(), String.valueOf(result.error()));
    assertEquals(1, result.newArticles());
    assertEquals(
        site.url("/feed/"), store.states.load(new SourceId("home")).feedUrl(), "remembered");
    poller.poll(home);
    assertEquals(1, site.count("/"), "the home page is not fetched again");
  }

  @Test
  void saysSoWhenAHomePageAnnouncesNoFeed() {
    site.put("/plain", "text/html", "<html><body>No feed here</body></html>");
    PollResult result = poller.poll(Source.feed("plain", "Plain", site.url("/plain"), singapore));
    assertEquals(PollResult.Outcome.FAILED, result.outcome());
    assertTrue(
        result
            .error()
            .endsWith(
                "is a web page that announces no RSS or Atom feed;"
                    + " give the feed's address as 'feed', or list the page as 'page'"),
        result.error());
  }

  @Test
  void completesATeaserFromTheArticlePage() {
    String teaserFeed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Second ferry terminal opens</title><link>"
            + site.url("/2026/11/ferry-terminal-opens/")
            + "</link><description>A short teaser.</description></item></channel></rss>";
    site.put("/teaser.xml", "application/rss+xml", teaserFeed);
    site.put(
        "/2026/11/ferry-terminal-opens/",
        "text/html",
        ArticlePage.article(
            "Second ferry terminal opens", "Jane Tan", "2026-11-23T09:00:00+08:00", STORY));
    Source teaser = Source.feed("teaser", "Teaser", site.url("/teaser.xml"), singapore);
    poller.poll(teaser);
    Article stored =
        store.articles.latest(5).stream()
            .filter(a -> a.title().startsWith("Second ferry"))
            .findFirst()
            .orElseThrow();
    assertTrue(bodyOf(stored).contains("finished three months ahead of schedule"), bodyOf(stored));
    assertEquals("Jane Tan", stored.author(), "filled in from the page");
    assertEquals(Instant.parse("2026-11-23T01:00:00Z"), stored.published());
  }

  @Test
  void keepsTheCaptionOfTheLeadImageFromTheArticlePage() {
    site.put(
        "/teaser.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Second ferry terminal opens</title><link>"
            + site.url("/2026/11/ferry-terminal-opens/")
            + "</link><description>A short teaser.</description></item></channel></rss>");
    site.put(
        "/2026/11/ferry-terminal-opens/",
        "text/html",
        ArticlePage.article(
                "Second ferry terminal opens", "Jane Tan", "2026-11-23T09:00:00+08:00", STORY)
            .replace(
                "<div class=\"article-body\">",
                "<div class=\"article-body\"><figure class=\"lead\">"
                    + "<img src=\"/media/terminal-800x450.jpg\" alt=\"\">"
                    + "<figcaption class=\"caption\">The terminal on its first morning."
                    + " PHOTO: Jane Tan</figcaption></figure>"));
    poller.poll(Source.feed("teaser", "Teaser", site.url("/teaser.xml"), singapore));

    Article stored =
        store.articles.latest(5).stream()
            .filter(a -> a.title().startsWith("Second ferry"))
            .findFirst()
            .orElseThrow();
    assertEquals(site.url("/media/terminal-800x450.jpg"), stored.image());
    assertEquals("The terminal on its first morning. PHOTO: Jane Tan", stored.imageCaption());
    assertFalse(bodyOf(stored).contains("first morning"), "the caption is not body text");
  }

  @Test
  void readsAListingPageAndStoresOnlyArticles() {
    site.put(
        "/latest/",
        "text/html",
        ArticlePage.listing(
            List.of("/2026/11/ferry-terminal-opens/", "/2026/11/not-really-an-article/"),
            List.of("Second ferry terminal opens on Monday", "A page with nothing to read on it")));
    site.put(
        "/2026/11/ferry-terminal-opens/",
        "text/html",
        ArticlePage.article(
            "Second ferry terminal opens", "Jane Tan", "2026-11-23T09:00:00+08:00", STORY));
    site.put(
        "/2026/11/not-really-an-article/",
        "text/html",
        "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
    Source listing =
        new Source(
            new SourceId("list"),
            "Listing",
            Source.Kind.PAGE,
            site.url("/latest/"),
            singapore,
            List.of(),
            List.of(),
            null,
            List.of(),
            false,
            true,
            Source.Origin.CONFIGURED);
    assertEquals(1, poller.poll(listing).newArticles());
    assertTrue(
        site.paths().stream().noneMatch(p -> p.equals("/about/") || p.equals("/category/news/")),
        "navigation is not followed: " + site.paths());
    assertTrue(
        store.seen.contains(
            "http://127.0.0.1:" + site.url("/").getPort() + "/2026/11/not-really-an-article"));

    site.put(
        "/latest/",
        "text/html",
        ArticlePage.listing(
            List.of(
                "/2026/11/new-bridge-named/",
                "/2026/11/ferry-terminal-opens/",
                "/2026/11/not-really-an-article/"),
            List.of(
                "Islanders vote to name the new bridge",
                "Second ferry terminal opens on Monday",
                "A page with nothing")));
    site.put(
        "/2026/11/new-bridge-named/",
        "text/html",
        ArticlePage.article(
            "Islanders vote to name the new bridge",
            "Raj Kumar",
            "2026-11-24T10:00:00+08:00",
            STORY.subList(1, 4)));
    assertEquals(1, poller.poll(listing).newArticles());
    assertEquals(1, site.count("/2026/11/not-really-an-article/"), "a non-article is fetched once");
    assertEquals(1, store.outbox.due(Instant.now(), 10).size(), "the new one is pushed");
  }

  @Test
  void appliesIncludeAndExcludePatterns() {
    MothershipFeed mixed =
        new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER).add(Stories.FERRY);
    site.put("/mixed/", "application/rss+xml", mixed.xml());
    Source filtered =
        new Source(
            new SourceId("f"),
            "Filtered",
            Source.Kind.FEED,
            site.url("/mixed/"),
            singapore,
            List.of(),
            List.of(Pattern.compile("ferry")),
            null,
            List.of(),
            true,
            true,
            Source.Origin.CONFIGURED);
    poller.poll(filtered);
    assertEquals(
        List.of(Stories.HAWKER.title()),
        store.articles.latest(5).stream().map(Article::title).toList());
  }

  @Test
  void storesTheSameStoryUnderTwoAddressesOnce() {
    String story =
        String.join(" ", STORY) + " " + String.join(" ", STORY); // long enough not to be a teaser
    String feedXml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Terminal opens</title><link>https://a.example.org/2026/11/terminal/</link>"
            + "<description>"
            + story
            + "</description></item>"
            + "<item><title>Terminal opens (syndicated)</title><link>https://b.example.org/wire/terminal?utm_source=x</link>"
            + "<description>"
            + story
            + "</description></item></channel></rss>";
    site.put("/dup.xml", "application/rss+xml", feedXml);
    poller.poll(Source.feed("dup", "Dup", site.url("/dup.xml"), singapore));
    assertEquals(1, store.articles.latest(5).size());
  }

  @Test
  void aPollCutShortByShutdownIsNeitherASuccessNorAFailure() {
    HttpFetcher stopping = new HttpFetcher(http, 1 << 20, Duration.ZERO);
    stopping.cancelAll();
    SourcePoller poller =
        new SourcePoller(
            stopping,
            new FeedReader(),
            new ExtractiveSummarizer(),
            store.articles,
            store.states,
            store.seen,
            store.audience,
            r -> {
              if (r.queuedDeliveries()) {
                store.outbox.releaseStaged(r.source()); // as the bot does when a poll ends
                wakes.incrementAndGet();
              }
            },
            java.time.Clock.systemUTC(),
            Duration.ofMinutes(5),
            dev.newsbot.fetch.FetchPolicy.TRUSTED);
    assertEquals(PollResult.Outcome.BACKING_OFF, poller.poll(source).outcome());
    assertEquals(0, store.states.load(source.id()).consecutiveFailures(), "no failure recorded");
    assertFalse(
        store.states.load(source.id()).primed(), "nor a first read: the next start reads it");
    assertEquals(0, site.count("/feed/"));
  }
}
