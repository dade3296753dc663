package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.store.Database;
import dev.newsbot.store.SqlUpdateOffset;
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

/** The whole bot, in process, against the fake Bot API and the fake news site. */
class EndToEndIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long ALICE = 1001;
  private static final long BOB = 2002;

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    publishFeed();
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "send_rate_per_second: 25\ntime_zone: Asia/Singapore\n"
            + "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n"
            + "    time_zone: Asia/Singapore\n");
  }

  @AfterEach
  void stopFakes() {
    telegram.close();
    site.close();
  }

  private void publishFeed() {
    site.put("/feed/", "application/rss+xml; charset=UTF-8", feed.xml());
  }

  private App startBot() throws Exception {
    return InProcessBot.start(dir, telegram);
  }

  /** Sends a command again and again, as an impatient user would, until the reply matches. */
  private void askUntil(long chat, String command, java.util.function.Predicate<String> match)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      int before = telegram.sentTo(chat).size();
      telegram.userSends(chat, command);
      long replyBy = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (telegram.sentTo(chat).size() == before && System.nanoTime() < replyBy) {
        Thread.sleep(20);
      }
      List<Sent> sent = telegram.sentTo(chat);
      if (sent.size() > before && match.test(sent.get(sent.size() - 1).text())) {
        return;
      }
      Thread.sleep(300);
    }
    throw new AssertionError(command + " never got a matching reply: " + telegram.sentTo(chat));
  }

  /** Waits until the site has answered {@code polls} more feed requests than {@code before}. */
  private void awaitPolls(int before, int polls) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (site.count("/feed/") < before + polls) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the feed was not polled " + polls + " more times");
      }
      Thread.sleep(50);
    }
  }

  @Test
  void aBadUpdateNeitherStopsPollingNorLosesTheUpdatesAfterIt() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      telegram.sendsBrokenUpdate();
      telegram.userSends(ALICE, "/help"); // most likely in the same getUpdates batch
      telegram.awaitSent(ALICE, t -> t.startsWith("Commands:"), WAIT);
      telegram.sendsBrokenUpdate();
      telegram.userSends(BOB, "/help");
      telegram.awaitSent(BOB, t -> t.startsWith("Commands:"), WAIT);
    }
  }

  /**
   * An instance answered ALICE's /help and died before its next getUpdates confirmed it, so
   * Telegram still holds it: the poller that takes over does not answer it a second time.
   */
  @Test
  void anUpdateTakenByAPollerThatDiedIsNotAnsweredAgain() throws Exception {
    telegram.userSends(ALICE, "/help");
    try (Database db = Database.openSqlite(dir.resolve("bot.db"))) {
      new SqlUpdateOffset(
              db, SqlUpdateOffset.botId(FakeTelegram.TOKEN), java.time.Clock.systemUTC())
          .taken(1); // ALICE's, the first update
    }
    telegram.userSends(BOB, "/help");
    try (App app = startBot()) {
      telegram.awaitSent(BOB, t -> t.startsWith("Commands:"), WAIT);
      int before = telegram.sentTo(BOB).size();
      telegram.userSends(BOB, "/help"); // handled after ALICE's would have been
      telegram.awaitNew(BOB, before, "Commands:", WAIT);
    }
    assertEquals(List.of(), telegram.sentTo(ALICE));
  }

  @Test
  void summaryOfALinkReadsThePageWhenTheOperatorAllowsItsAddress() throws Exception {
    Files.writeString(
        dir.resolve("newsbot.yml"),
        Files.readString(dir.resolve("newsbot.yml")) + "user_fetch_allow: [127.0.0.1/32]\n");
    site.put("/2026/12/ferry/", "text/html; charset=UTF-8", Stories.FERRY_PAGE);
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      telegram.userSends(ALICE, "/summary " + site.url("/2026/12/ferry/"));
      Sent reply = telegram.awaitSent(ALICE, t -> t.contains("Punggol"), WAIT);
      assertTrue(reply.text().contains("127.0.0.1"), reply.text());
    }
  }

  @Test
  void summaryOfALinkToThisMachineIsRefusedWithoutARequest() throws Exception {
    site.put("/2026/12/ferry/", "text/html; charset=UTF-8", Stories.FERRY_PAGE);
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      telegram.userSends(ALICE, "/summary " + site.url("/2026/12/ferry/"));
      telegram.awaitSent(ALICE, t -> t.contains("the machine I run on, so I won't fetch it"), WAIT);
      telegram.userSends(ALICE, "/summary http://10.0.0.1/");
      telegram.awaitSent(ALICE, t -> t.contains("on a private network"), WAIT);
      assertEquals(0, site.count("/2026/12/ferry/"));
      assertEquals(List.of(), telegram.refused());
    }
  }

  @Test
  void subscribersGetEachNewArticleExactlyOnceEvenAcrossARestart() throws Exception {
    try (App app = startBot()) {
      telegram.awaitCall("setMyCommands", WAIT);
      assertEquals(
          List.of(
              "start",
              "stop",
              "latest",
              "summary",
              "sources",
              "subscribe",
              "unsubscribe",
              "add",
              "remove",
              "search",
              "filter",
              "settings",
              "channel",
              "help"),
          telegram.commands().findValuesAsText("command"),
          "the command menu");

      telegram.userSends(ALICE, "/start");
      telegram.userSends(BOB, "/start");
      telegram.awaitSent(ALICE, t -> t.contains("Welcome"), WAIT);
      telegram.awaitSent(BOB, t -> t.contains("Welcome"), WAIT);

      // The backlog the feed held at first start is stored for /latest, not pushed.
      askUntil(ALICE, "/latest", t -> t.contains("Tampines hawker centre"));

      feed.add(Stories.FERRY);
      publishFeed();
      Sent push = telegram.awaitSent(BOB, t -> t.contains("Punggol ferry"), WAIT);
      telegram.awaitSent(ALICE, t -> t.contains("Punggol ferry"), WAIT);

      assertTrue("HTML".equalsIgnoreCase(push.parseMode()), push.parseMode());
      assertTrue(
          push.text().contains("<b><a href=\"" + feed.link(Stories.FERRY) + "\">"), push.text());
      assertTrue(push.text().contains("3,000 riders &amp; their bicycles"), push.text());
      assertTrue(push.text().contains("Mothership · 28 Nov 2026, 09:30 SGT"), push.text());
      assertTrue(
          push.text().contains("carried about 3,000 passengers in its first week"), push.text());
      assertFalse(push.text().contains("Follow us on Telegram"), push.text());
      assertFalse(push.text().contains("Top image"), push.text());
      assertFalse(push.text().contains("podcast"), push.text());

      telegram.userSends(ALICE, "/summary");
      telegram.awaitSent(
          ALICE,
          t ->
              t.contains("Punggol ferry") && t.contains("40-minute wait")
                  || t.contains("first week, the operator"),
          WAIT);
      awaitPolls(site.count("/feed/"), 2);
    }
    assertEquals(2, ferryMessages(ALICE), "one push and one /summary reply");
    assertEquals(1, ferryMessages(BOB), "one push");
    assertTrue(
        site.requests("/feed/").stream().anyMatch(r -> r.headers().containsKey("If-none-match")),
        "later polls are conditional");

    try (App app = startBot()) {
      telegram.awaitCall("getUpdates", WAIT);
      awaitPolls(site.count("/feed/"), 3);
    }
    assertEquals(2, ferryMessages(ALICE), "not pushed again after a restart");
    assertEquals(1, ferryMessages(BOB), "not pushed again after a restart");
    assertTrue(
        telegram.sent().stream()
            .noneMatch(s -> s.text().contains("Tampines") && !s.text().contains("Latest")),
        "the backlog is never pushed");
  }

  @Test
  void aUserWhoBlocksTheBotOrStopsGetsNoMorePushes() throws Exception {
    try (App app = startBot()) {
      telegram.userSends(ALICE, "/start");
      telegram.userSends(BOB, "/start");
      telegram.awaitSent(BOB, t -> t.contains("Welcome"), WAIT);
      telegram.awaitSent(ALICE, t -> t.contains("Welcome"), WAIT);
      awaitPolls(0, 1);
      telegram.userBlocksBot(ALICE);
      telegram.userSends(BOB, "/stop");
      telegram.awaitSent(BOB, t -> t.contains("unsubscribed"), WAIT);
      telegram.userSends(7, "/start");
      telegram.awaitSent(7, t -> t.contains("Welcome"), WAIT);

      feed.add(Stories.FERRY);
      publishFeed();
      telegram.awaitSent(7, t -> t.contains("Punggol ferry"), WAIT);
      awaitPolls(site.count("/feed/"), 2);
    }
    assertEquals(0, ferryMessages(ALICE), "blocked the bot");
    assertEquals(0, ferryMessages(BOB), "sent /stop");
  }

  private long ferryMessages(long chat) {
    List<Sent> sent = telegram.sentTo(chat);
    return sent.stream()
        .filter(s -> s.text().startsWith("<b><a") && s.text().contains("Punggol ferry"))
        .count();
  }
}
