package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.FakeTelegram.Sent;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each chat chooses its news, through the fake Bot API: buttons, own feeds, filters, restarts. */
class ChatChoicesIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long ALICE = 1001;
  private static final long BOB = 2002;
  private static final long GROUP = -100500;

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;
  private MothershipFeed blog;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    blog = new MothershipFeed(site.url("/blog/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    site.put("/blog/rss.xml", "application/rss+xml", blog.xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "time_zone: Asia/Singapore\nuser_fetch_allow: [127.0.0.1/32]\n"
            + "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n");
  }

  @AfterEach
  void stopFakes() {
    telegram.close();
    site.close();
  }

  private App startBot() throws Exception {
    return InProcessBot.start(dir, telegram);
  }

  private Sent ask(long chat, String command, String expected) throws InterruptedException {
    return telegram.userAsks(chat, command, expected, WAIT);
  }

  /** Waits for the first poll to have stored the feed's backlog. */
  private void awaitArticles() throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static List<String> buttonData(Sent sent) throws Exception {
    JsonNode markup = sent.request().path("reply_markup");
    if (markup.isTextual()) { // a photo is sent as multipart, its markup as a JSON string
      markup = new com.fasterxml.jackson.databind.ObjectMapper().readTree(markup.asText());
    }
    return markup.findValuesAsText("callback_data");
  }

  @Test
  void theSourcesListTogglesInPlaceAndEveryPressIsAnswered() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      Sent list = ask(ALICE, "/sources", "<code>mothership</code>");
      assertEquals(List.of("t:mothership"), buttonData(list));
      telegram.userPresses(ALICE, 41, "t:mothership");
      telegram.awaitChatActions(1, WAIT);
      assertEquals("Stopped following Mothership.", telegram.callbackAnswers().get(0));
      Sent edit = telegram.awaitSent(ALICE, t -> t.contains("▫️ Mothership"), WAIT);
      assertEquals("editmessagetext", edit.method());
      assertEquals(41, edit.request().path("message_id").asInt());
      telegram.userPresses(ALICE, 41, "t:../../etc");
      telegram.awaitChatActions(2, WAIT);
      assertEquals("That button is out of date.", telegram.callbackAnswers().get(1));
      assertEquals(List.of(), telegram.refused());
    }
  }

  @Test
  void muteUnderAPushStopsThatSourceForThatChatOnly() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      ask(BOB, "/start", "Welcome");
      awaitArticles(); // the backlog is stored: the next item is news
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Sent push = telegram.awaitSent(ALICE, t -> t.contains("Punggol ferry"), WAIT);
      List<String> data = buttonData(push);
      assertEquals(2, data.size(), data.toString());
      assertTrue(data.get(0).matches("r:\\d+") && data.get(1).matches("m:\\d+"), data.toString());
      telegram.userPresses(ALICE, 7, data.get(1));
      telegram.awaitChatActions(1, WAIT);
      assertEquals("Muted Mothership.", telegram.callbackAnswers().get(0));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (telegram.sentTo(ALICE).stream()
              .noneMatch(s -> s.method().equals("editmessagereplymarkup"))
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      Sent markup =
          telegram.sentTo(ALICE).stream()
              .filter(s -> s.method().equals("editmessagereplymarkup"))
              .findFirst()
              .orElseThrow();
      assertEquals(List.of(data.get(0), data.get(1).replace("m:", "u:")), buttonData(markup));

      feed.add(Stories.HAWKER_2);
      site.put("/feed/", "application/rss+xml", feed.xml());
      telegram.awaitSent(BOB, t -> t.contains(Stories.HAWKER_2.title().substring(0, 20)), WAIT);
      Thread.sleep(1500);
      assertFalse(
          telegram.sentTo(ALICE).stream()
              .anyMatch(s -> s.text().contains(Stories.HAWKER_2.title().substring(0, 20))),
          "a muted source is not pushed");
    }
  }

  @Test
  void readHereSendsTheWholeArticleAsARichMessageOrAsPlainMessagesToAnOldServer() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      awaitArticles();
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Sent push = telegram.awaitSent(ALICE, t -> t.contains("Punggol ferry"), WAIT);
      String read = buttonData(push).get(0);
      telegram.userPresses(ALICE, 9, read);
      Sent rich = telegram.awaitSent(ALICE, t -> t.contains("Bicycles welcome"), WAIT);
      assertEquals("sendrichmessage", rich.method());
      assertTrue(rich.text().contains("<h2>Bicycles welcome</h2>"), rich.text());
      assertTrue(rich.text().contains(feed.link(Stories.FERRY)), "the source link at the end");

      telegram.actAsServerWithoutRichMessages();
      telegram.userPresses(ALICE, 9, read);
      Sent plain =
          telegram.awaitSent(
              ALICE, t -> t.contains("Bicycles welcome") && !t.contains("<h2>"), WAIT);
      assertEquals("sendmessage", plain.method());
      assertEquals(List.of(), telegram.refused());
    }
  }

  @Test
  void theSummaryOfALinkCarriesReadHere() throws Exception {
    site.put("/2026/12/ferry/", "text/html; charset=UTF-8", Stories.FERRY_PAGE);
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      Sent summary = ask(ALICE, "/summary " + site.url("/2026/12/ferry/"), "Punggol");
      List<String> data = buttonData(summary);
      assertEquals(1, data.size(), data.toString());
      telegram.userPresses(ALICE, 3, data.get(0));
      Sent whole = telegram.awaitSent(ALICE, t -> t.contains("6.15pm"), WAIT);
      assertEquals("sendrichmessage", whole.method());
    }
  }

  @Test
  void ownFeedsFiltersAndSubscriptionsSurviveARestart() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      ask(ALICE, "/add " + site.url("/blog/rss.xml"), "and you follow it");
      assertEquals(List.of(ALICE + ":typing"), telegram.chatActions(), "/add fetches: typing…");
      ask(ALICE, "/filter -bicycles", "Added -bicycles");
    }
    try (App app = startBot()) {
      telegram.awaitCall("getUpdates", WAIT);
      Sent list = ask(ALICE, "/sources", "(yours)");
      assertTrue(list.text().contains("✅ Mothership"), list.text());
      ask(ALICE, "/filter", "-bicycles");
      feed.add(Stories.FERRY); // mentions bicycles: filtered out
      site.put("/feed/", "application/rss+xml", feed.xml());
      blog.add(Stories.HAWKER_2);
      site.put("/blog/rss.xml", "application/rss+xml", blog.xml());
      telegram.awaitSent(ALICE, t -> t.contains(Stories.HAWKER_2.title().substring(0, 20)), WAIT);
      Thread.sleep(1500);
      assertFalse(
          telegram.sentTo(ALICE).stream().anyMatch(s -> s.text().contains("Punggol ferry")),
          "the filter held after the restart");
    }
  }

  @Test
  void aGroupUsesTheCommandsWithAndWithoutTheBotsName() throws Exception {
    telegram.makeAdmin(GROUP, GROUP); // the fake's group messages come from a user of that id
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(GROUP, "/start@" + FakeTelegram.BOT_USERNAME, "Welcome");
      ask(GROUP, "/sources", "<code>mothership</code>");
      awaitArticles();
      ask(GROUP, "/search tampines", "Found for 'tampines'");
      telegram.userSends(GROUP, "/sources@some_other_bot");
      telegram.userSends(GROUP, "just chatting about the news");
      ask(GROUP, "/help", "Commands:");
      long replies =
          telegram.sentTo(GROUP).stream().filter(s -> s.text().startsWith("<b>Sources")).count();
      assertEquals(1, replies, "another bot's command and chatter get no reply");
      JsonNode none = telegram.commands();
      assertTrue(none.size() > 5);
    }
  }
}
