package dev.newsbot.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandHandlerTest {
  private static final ChatId ALICE = new ChatId(11);
  @TempDir Path dir;
  private TestDb store;
  private CommandHandler handler;

  @BeforeEach
  void setUp() {
    store = new TestDb(dir);
    handler =
        new CommandHandler(
            store.subscribers,
            store.articles,
            new MessageFormatter(ZoneOffset.UTC),
            List.of("Mothership", "Other"));
  }

  private String reply(String text) {
    return handler.handle(ALICE, text, "newsbot_test_bot").map(OutgoingMessage::text).orElseThrow();
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
              "Body " + i + ".",
              "Summary of story " + i + "."),
          false);
    }
  }

  @Test
  void startSubscribesAndWelcomesWithTheCommandList() {
    String reply = reply("/start");
    assertTrue(
        reply.startsWith(
            "Welcome to NewsBot! You are subscribed: new articles from Mothership, Other"),
        reply);
    assertTrue(reply.contains("/latest [n] - The newest articles"), reply);
    assertTrue(store.subscribers.isActive(ALICE));
  }

  @Test
  void startTwiceSaysAlreadySubscribed() {
    reply("/start");
    assertTrue(reply("/start").startsWith("You are already subscribed"));
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
    addArticles(7);
    String reply = reply("/latest");
    assertTrue(reply.contains("1. <a href=\"https://news.example.sg/7\">Story 7</a>"), reply);
    assertTrue(reply.contains("5. <a href=\"https://news.example.sg/3\">Story 3</a>"), reply);
    assertFalse(reply.contains("Story 2<"), reply);
  }

  @Test
  void latestTakesACount() {
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
    assertEquals(
        "No articles yet. The sources are checked regularly; try again in a few minutes.",
        reply("/latest"));
  }

  @Test
  void summaryShowsTheNewestArticleOrTheNth() {
    addArticles(3);
    assertTrue(reply("/summary").contains("Summary of story 3."));
    assertTrue(reply("/summary 3").contains("Summary of story 1."));
  }

  @Test
  void summaryExplainsACountBeyondTheArticles() {
    addArticles(2);
    assertEquals(
        "There are only 2 articles so far. Send /summary with a number from 1 to 2.",
        reply("/summary 5"));
    assertEquals(
        "'x' is not a number from 1 to 20. /summary n summarises the n-th article of /latest, for example /summary 3.",
        reply("/summary x"));
  }

  @Test
  void unknownCommandPointsToHelp() {
    assertEquals("Unknown command /weather. Send /help to see what I can do.", reply("/weather"));
  }

  @Test
  void acceptsCommandsAddressedToThisBotAndIgnoresOtherBots() {
    assertTrue(reply("/help@newsbot_test_bot").startsWith("Commands:"));
    assertEquals(
        Optional.empty(), handler.handle(ALICE, "/help@some_other_bot", "newsbot_test_bot"));
  }

  @Test
  void privateTextThatIsNotACommandGetsAHint() {
    assertEquals("I answer commands. Send /help to see them.", reply("hello"));
  }

  @Test
  void groupChatterIsIgnored() {
    assertEquals(
        Optional.empty(), handler.handle(new ChatId(-100), "hello everyone", "newsbot_test_bot"));
  }
}
