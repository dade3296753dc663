package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.FakeTelegram.Sent;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rhythm of a chat through the fake Bot API: digests, quiet hours, languages, groups. */
class RhythmIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long ALICE = 1001;
  private static final long GROUP = -100777;
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;
  private final TestClock clock = TestClock.real();

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "time_zone: Asia/Singapore\n"
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
    return InProcessBot.start(dir, telegram, clock);
  }

  private Sent ask(long chat, String command, String expected) throws InterruptedException {
    return telegram.userAsks(chat, command, expected, WAIT);
  }

  private Sent awaitNew(long chat, int before, String expected) throws InterruptedException {
    return telegram.awaitNew(chat, before, expected, WAIT);
  }

  private void awaitPolls(int polls) throws InterruptedException {
    int before = site.count("/feed/");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (site.count("/feed/") < before + polls && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private String localInMinutes(int minutes) {
    return clock.instant().plusSeconds(60L * minutes).atZone(SG).format(HHMM);
  }

  private long pushesOf(long chat, String words) {
    return telegram.sentTo(chat).stream().filter(s -> s.text().contains(words)).count();
  }

  @Test
  void aDigestDueAMinuteAheadArrivesOnceWithEveryNewArticleAndNothingBefore() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      ask(ALICE, "/settings digest " + localInMinutes(2), "Saved.");
      awaitPolls(2);
      feed.add(Stories.FERRY).add(Stories.HAWKER_2);
      site.put("/feed/", "application/rss+xml", feed.xml());
      awaitPolls(2);
      Thread.sleep(1500);
      assertEquals(0, pushesOf(ALICE, "Punggol ferry"), "no instant push before the digest");

      int before = telegram.sentTo(ALICE).size();
      clock.advance(Duration.ofMinutes(3));
      Sent digest = awaitNew(ALICE, before, "Your digest");
      assertTrue(digest.text().contains("Punggol ferry"), digest.text());
      assertTrue(digest.text().contains("Bedok market"), digest.text());
      Thread.sleep(2500);
      assertEquals(1, pushesOf(ALICE, "Your digest"), "once");
      assertTrue(ask(ALICE, "/summary 2", "Bedok").text().contains("Bedok market"));
      assertEquals(List.of(), telegram.refused());
    }
  }

  @Test
  void quietHoursHoldPushesAndReleaseThemTogetherAtTheirEnd() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      ask(ALICE, "/settings quiet " + localInMinutes(-1) + " " + localInMinutes(2), "Saved.");
      awaitPolls(2);
      feed.add(Stories.FERRY).add(Stories.HAWKER_2);
      site.put("/feed/", "application/rss+xml", feed.xml());
      awaitPolls(2);
      Thread.sleep(1500);
      assertEquals(0, pushesOf(ALICE, "Punggol ferry"), "held in quiet hours");

      clock.advance(Duration.ofMinutes(3));
      awaitNew(ALICE, 0, "Punggol ferry");
      awaitNew(ALICE, 0, "Bedok market");
    }
  }

  @Test
  void aMissedDigestIsSentOnceAfterARestartAndSettingsAreKept() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      ask(ALICE, "/start", "Welcome");
      ask(ALICE, "/settings digest " + localInMinutes(2), "Saved.");
      awaitPolls(2);
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      awaitPolls(2);
    }
    clock.advance(Duration.ofMinutes(5)); // due while the bot was down
    try (App app = startBot()) {
      Sent digest = awaitNew(ALICE, 0, "Your digest");
      assertTrue(digest.text().contains("Punggol ferry"), digest.text());
      Thread.sleep(2500);
      assertEquals(1, pushesOf(ALICE, "Your digest"));
      assertTrue(ask(ALICE, "/settings", "Settings").text().contains("a digest at"));
    }
  }

  @Test
  void aChineseUserGetsChineseTextsAndTheMenuIsRegisteredInBothLanguages() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      int before = telegram.sentTo(ALICE).size();
      telegram.userSends(ALICE, "/help", "zh-hans");
      Sent help = awaitNew(ALICE, before, "命令");
      assertTrue(help.text().contains("/sources"), help.text());
      assertTrue(
          telegram.calls().stream().filter(c -> c.equals("setmycommands")).count() >= 2,
          telegram.calls().toString());
    }
  }

  @Test
  void aMemberWhoIsNoAdminCannotChangeAGroupAndAnAdminCan() throws Exception {
    telegram.makeAdmin(GROUP, 1);
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      telegram.memberSends(GROUP, 1, "/start", 0);
      awaitNew(GROUP, 0, "Welcome");
      int before = telegram.sentTo(GROUP).size();
      telegram.memberSends(GROUP, 2, "/settings summaries off", 0);
      awaitNew(GROUP, before, "Only this group's admins can change");
      telegram.memberSends(GROUP, 1, "/settings summaries off", 0);
      awaitNew(GROUP, before, "Saved.");
    }
  }

  @Test
  void startInAForumTopicSendsTheGroupsPushesThere() throws Exception {
    telegram.makeAdmin(GROUP, 1);
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      telegram.memberSends(GROUP, 1, "/start", 42);
      Sent welcome = awaitNew(GROUP, 0, "Welcome");
      assertEquals(42, welcome.request().path("message_thread_id").asInt());
      awaitPolls(2);
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Sent push = awaitNew(GROUP, 0, "Punggol ferry");
      assertEquals(42, push.request().path("message_thread_id").asInt(), push.request().toString());

      var markup = push.request().path("reply_markup");
      if (markup.isTextual()) { // a photo is sent as multipart, its markup as a JSON string
        markup = new com.fasterxml.jackson.databind.ObjectMapper().readTree(markup.asText());
      }
      String read = markup.findValuesAsText("callback_data").get(0);
      telegram.memberPresses(GROUP, 1, 9, read, 42);
      Sent whole = awaitNew(GROUP, 0, "Bicycles welcome");
      assertEquals("sendrichmessage", whole.method());
      assertEquals(
          42, whole.request().path("message_thread_id").asInt(), "Read here answers in the topic");

      int seen = telegram.sentTo(GROUP).size();
      telegram.memberPresses(GROUP, 1, 9, read, -1);
      Sent old = awaitNew(GROUP, seen, "Bicycles welcome");
      assertEquals(42, old.request().path("message_thread_id").asInt(), "an old message: pushes'");

      telegram.closeTopic(GROUP, 42);
      int before = telegram.sentTo(GROUP).size();
      telegram.memberPresses(GROUP, 1, 9, read, 42);
      Sent general = awaitNew(GROUP, before, "Bicycles welcome");
      assertFalse(general.request().has("message_thread_id"), "a closed topic: the chat itself");
    }
  }
}
