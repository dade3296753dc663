package dev.newsbot.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.fetch.Cidr;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.ArticlePage;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.TestCommands;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandHandlerTest {
  private static final java.time.ZoneId UTC = ZoneOffset.UTC;
  private static final ChatId ALICE = new ChatId(11);
  @TempDir Path dir;
  private TestDb store;
  private ChatCommands handler;

  private FakeSite site;
  private final ExecutorService fetches = Executors.newCachedThreadPool();

  @BeforeEach
  void setUp() throws Exception {
    store = new TestDb(dir);
    site = FakeSite.start();
    // The fake site is on loopback: allowed here as an operator would allow an intranet.
    handler = handler(List.of(Cidr.parse("127.0.0.1/32")));
  }

  @AfterEach
  void tearDown() {
    site.close();
    fetches.shutdownNow();
  }

  private ChatCommands handler(List<Cidr> allowed) {
    return new TestCommands(
            store,
            List.of(
                Source.feed("ms", "Mothership", URI.create("https://news.example.sg/feed"), UTC),
                Source.feed("other", "Other", URI.create("https://other.example/feed"), UTC)),
            new UserUrlPolicy(allowed, Dns.SYSTEM),
            fetches)
        .chats;
  }

  private Optional<OutgoingMessage> handle(ChatId chat, String text) {
    return handler.handle(chat, 7, text, "newsbot_test_bot", null).join();
  }

  private String reply(String text) {
    return handle(ALICE, text).map(OutgoingMessage::text).orElseThrow();
  }

  private void addArticles(int n) {
    for (int i = 1; i <= n; i++) {
      store.articles.add(
          new NewArticle(
              new SourceId("ms"),
              "Mothership",
              URI.create("https://news.example.sg/" + i),
              "https://news.example.sg/" + i,
              null,
              "Story " + i,
              null,
              Instant.parse("2026-11-01T00:00:00Z").plusSeconds(3600L * i),
              "",
              null,
              "",
              "Body " + i + ".",
              "Summary of story " + i + "."),
          List.of());
    }
  }

  @Test
  void startSubscribesToTheDefaultsAndWelcomesWithTheCommandList() {
    String reply = reply("/start");
    assertTrue(
        reply.startsWith(
            "Welcome to NewsBot! You follow Mothership, Other; new articles will arrive here."),
        reply);
    assertTrue(reply.contains("/latest [n] [all] - The newest articles"), reply);
    assertTrue(store.subscribers.isActive(ALICE));
    assertEquals(2, store.subscriptions.followed(ALICE).size());
  }

  @Test
  void startTwiceSaysAlreadySubscribed() {
    reply("/start");
    assertTrue(reply("/start").startsWith("You are subscribed. You follow Mothership, Other."));
  }

  @Test
  void stopUnsubscribes() {
    reply("/start");
    assertEquals(
        "You are unsubscribed and will get no more articles. Send /start to subscribe again.",
        reply("/stop"));
    assertFalse(store.subscribers.isActive(ALICE));
    assertEquals("You were not subscribed. Send /start to subscribe.", reply("/stop"));
  }

  @Test
  void latestListsTheNewestFiveByDefault() {
    reply("/start");
    addArticles(7);
    String reply = reply("/latest");
    assertTrue(reply.contains("1. <a href=\"https://news.example.sg/7\">Story 7</a>"), reply);
    assertTrue(reply.contains("5. <a href=\"https://news.example.sg/3\">Story 3</a>"), reply);
    assertFalse(reply.contains("Story 2<"), reply);
  }

  @Test
  void latestTakesACount() {
    reply("/start");
    addArticles(3);
    String reply = reply("/latest 2");
    assertTrue(reply.contains("2. <a href=\"https://news.example.sg/2\">Story 2</a>"), reply);
    assertFalse(reply.contains("Story 1<"), reply);
  }

  @Test
  void latestExplainsABadCount() {
    assertEquals(
        "'abc' is not a number from 1 to 20. /latest n shows the newest n articles, for example /latest 3.",
        reply("/latest abc"));
    assertEquals(
        "'0' is not a number from 1 to 20. /latest n shows the newest n articles, for example /latest 3.",
        reply("/latest 0"));
    assertEquals(
        "'&lt;b&gt;' is not a number from 1 to 20. /latest n shows the newest n articles, for example /latest 3.",
        reply("/latest <b>"));
  }

  @Test
  void latestSaysWhenThereIsNothingYet() {
    reply("/start");
    assertEquals(
        "No articles from your sources yet. Send /latest all for every source, or /sources to"
            + " follow more.",
        reply("/latest"));
    assertEquals(
        "No articles yet. The sources are checked regularly; try again in a few minutes.",
        reply("/latest all"));
  }

  @Test
  void summaryShowsTheNewestArticleOrTheNth() {
    reply("/start");
    addArticles(3);
    assertTrue(reply("/summary").contains("Summary of story 3."));
    assertTrue(reply("/summary 3").contains("Summary of story 1."));
  }

  @Test
  void summaryExplainsACountBeyondTheArticles() {
    reply("/start");
    addArticles(2);
    assertEquals(
        "There are only 2 articles so far. Send /summary with a number from 1 to 2.",
        reply("/summary 5"));
    assertEquals(
        "'x' is not a number from 1 to 20. /summary n summarises the n-th article of /latest,"
            + " for example /summary 3. To summarise any page, send /summary and its link, for"
            + " example /summary https://example.com/news/story.",
        reply("/summary x"));
  }

  @Test
  void unknownCommandPointsToHelp() {
    assertEquals("Unknown command /weather. Send /help to see what I can do.", reply("/weather"));
  }

  @Test
  void acceptsCommandsAddressedToThisBotAndIgnoresOtherBots() {
    assertTrue(reply("/help@newsbot_test_bot").startsWith("Commands:"));
    assertEquals(Optional.empty(), handle(ALICE, "/help@some_other_bot"));
    assertEquals(Optional.empty(), handle(ALICE, "/summary@some_other_bot https://example.com/"));
  }

  @Test
  void privateTextThatIsNotACommandGetsAHint() {
    assertEquals("I answer commands. Send /help to see them.", reply("hello"));
  }

  @Test
  void groupChatterIsIgnored() {
    assertEquals(Optional.empty(), handle(new ChatId(-100), "hello everyone"));
  }

  @Test
  void summaryOfALinkReadsThePageAndRepliesWithTitleSiteAndSummary() {
    site.put(
        "/2026/12/new-ferry-route/",
        "text/html; charset=UTF-8",
        ArticlePage.article(
            "A new ferry route opens to the southern islands",
            "Jane Tan",
            "2026-12-01T09:30:00+08:00",
            List.of(
                "A ferry service to the southern islands will start next month, the operator said"
                    + " on Tuesday, with four trips a day from the marina.",
                "Tickets will cost eight dollars for adults, and children under seven travel free"
                    + " on every trip of the new service.",
                "The operator expects the boats to be full at weekends and asks passengers to book"
                    + " their seats online a day ahead.")));
    String reply = reply("/summary " + site.url("/2026/12/new-ferry-route/"));
    assertTrue(reply.contains("A new ferry route opens to the southern islands"), reply);
    assertTrue(reply.contains("127.0.0.1 · 1 Dec 2026, 01:30 Z"), reply);
    assertTrue(reply.contains("A ferry service to the southern islands will start"), reply);
    assertFalse(reply.contains("Related"), reply);
  }

  @Test
  void summaryOfAPrivateAddressIsRefusedInPlainWordsWithoutARequest() {
    assertEquals(
        "That address is on a private network, so I won't fetch it.",
        reply("/summary http://192.168.1.1/admin"));
    handler = handler(List.of());
    site.put("/a", "text/html", "<p>a</p>");
    assertEquals(
        "That address is the machine I run on, so I won't fetch it.",
        reply("/summary " + site.url("/a")));
    assertEquals(
        "That address is link-local (where cloud servers keep their secrets), so I won't fetch"
            + " it.",
        reply("/summary http://169.254.169.254/latest/meta-data/"));
    assertEquals(
        "I only read web pages: links that start with http:// or https://.",
        reply("/summary file:///etc/passwd"));
    assertEquals(List.of(), site.paths());
  }

  @Test
  void summaryOfAPageThatIsNoArticleSaysSo() {
    site.put("/", "text/html", "<html><body><nav><a href='/a'>A</a></nav></body></html>");
    assertTrue(
        reply("/summary " + site.url("/")).startsWith("That page does not look like an article"));
    site.fail("/gone", 404);
    assertEquals(
        "That page does not exist (the site answered 404). Check the link "
            + site.url("/gone")
            + ".",
        reply("/summary " + site.url("/gone")));
  }

  @Test
  void summaryOfTooManyLinksAMinuteAsksToWait() {
    site.fail("/x", 404);
    for (int i = 0; i < 5; i++) {
      reply("/summary " + site.url("/x"));
    }
    assertEquals(
        "That is five links from this chat in the last minute. Please try again in a minute.",
        reply("/summary " + site.url("/x")));
    assertEquals(5, site.count("/x"));
  }

  @Test
  void repliesQuoteUserInputCutShort() {
    String huge = "x".repeat(4000);
    String reply = reply("/latest " + huge);
    assertTrue(reply.startsWith("'" + "x".repeat(Quote.MAX) + "…' is not a number"), reply);
    assertTrue(reply.length() < 300, reply);
    assertTrue(reply("/" + huge).length() < 200);
    assertEquals("Unknown command /a&lt;b&gt;c. Send /help to see what I can do.", reply("/a<b>c"));
  }
}
