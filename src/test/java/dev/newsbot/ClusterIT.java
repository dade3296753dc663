package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several instances of the packaged bot on one PostgreSQL schema, against one fake Bot API (which
 * answers a second getUpdates consumer with 409) and one fake site: one long-polls, all send, and
 * together they keep to the one bot-wide rate; when the poller is killed another takes over.
 */
class ClusterIT {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final int USERS = 30;
  private static final int RATE = 10;
  private static final String POLLING = "Holding the polling lease";

  private static final MothershipFeed.Item LIBRARY =
      new MothershipFeed.Item(
          "woodlands-library-opens-late",
          "Woodlands library stays open until midnight during exam season",
          "2026-11-30T10:00:00",
          "Test Writer",
          "Students asked for somewhere quiet to revise.",
          List.of(
              "The regional library in Woodlands will stay open until midnight for the next six weeks, the library board said.",
              "It follows requests from students who said they had no quiet place to study at home."));

  @TempDir Path dir;

  @Test
  void instancesShareTheWorkAndTheOtherTakesOverWhenThePollerIsKilled() throws Exception {
    DatabaseAddress.Postgres schema = TestPostgres.freshSchema();
    List<BotProcess> bots = new ArrayList<>();
    try (FakeSite site = FakeSite.start();
        FakeTelegram telegram = FakeTelegram.start()) {
      telegram.enforceLimits(RATE, 1);
      // A far server (the jitter of BroadcastBench's, ±10 ms a leg, which the bot's 20 ms guard
      // covers): sends spend long enough on the way that the kill below lands while some are in
      // flight.
      telegram.latency(Duration.ofMillis(300), Duration.ofMillis(10));
      MothershipFeed feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Files.writeString(
          dir.resolve("newsbot.yml"),
          "poll_seconds: 10\nsend_rate_per_second: "
              + RATE
              + "\nsources:\n  - id: ms\n    name: Mothership\n    feed: "
              + site.url("/feed/")
              + "\n    time_zone: Asia/Singapore\n    photos: false\n");
      Map<String, String> env =
          Map.of(
              "NEWSBOT_CONFIG",
              dir.resolve("newsbot.yml").toString(),
              "NEWSBOT_DB",
              schema.url(),
              "TELEGRAM_BOT_TOKEN",
              FakeTelegram.TOKEN,
              "TELEGRAM_API_URL",
              telegram.url().toString());
      bots.add(BotProcess.start(dir, env));
      bots.add(BotProcess.start(dir, env));
      BotProcess poller = awaitPoller(bots);
      BotProcess other = bots.get(0) == poller ? bots.get(1) : bots.get(0);
      awaitLog(other, "2 instance(s) share the send rate");

      for (long user = 1; user <= USERS; user++) {
        telegram.userSends(user, "/start");
      }
      for (long user = 1; user <= USERS; user++) {
        telegram.awaitSent(user, t -> t.contains("Welcome"), WAIT);
      }

      // An article for everyone: each gets it once, from either instance, within the one rate.
      site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
      awaitEveryone(telegram, "Punggol ferry");
      Thread.sleep(1500); // a second copy would arrive by now
      assertEquals(
          List.of(1),
          List.copyOf(new java.util.HashSet<>(pushes(telegram, "Punggol ferry").values())),
          "each subscriber got the article exactly once");
      int most = telegram.maxAcceptedIn(Duration.ofSeconds(1));
      long[] arrivals =
          telegram.sent().stream()
              .filter(s -> s.text() != null && s.text().contains("Punggol ferry"))
              .mapToLong(FakeTelegram.Sent::arrivedNanos)
              .sorted()
              .toArray();
      double span = (arrivals[arrivals.length - 1] - arrivals[0]) / 1e9;
      System.out.printf(
          "ClusterIT: two instances at %d/s: %d pushes in %.1f s (%.1f/s); the most sends in any"
              + " second %d; 429s bot-wide %d, per chat %d%n",
          RATE,
          arrivals.length,
          span,
          (arrivals.length - 1) / span,
          most,
          telegram.rateLimitedBotWide(),
          telegram.rateLimitedPerChat());
      assertTrue(most <= RATE, "at most " + RATE + " in any second between them: " + most);
      assertEquals(0, telegram.rateLimitedBotWide(), "no bot-wide 429");
      assertEquals(0, telegram.conflicts(), "no 409");

      // Kill the poller in the middle of a broadcast: the other answers and finishes it.
      site.put("/feed/", "application/rss+xml", feed.add(Stories.HAWKER_2).xml());
      while (pushes(telegram, "Bedok market").size() < USERS / 4) {
        Thread.sleep(10);
      }
      long killedAt = System.nanoTime();
      int inFlight = telegram.inFlight();
      int feedReads = site.count("/feed/");
      poller.kill();
      telegram.userAsks(1, "/help", "/sources", WAIT);
      long takeOver = System.nanoTime() - killedAt;
      while (site.count("/feed/") == feedReads && System.nanoTime() - killedAt < WAIT.toNanos()) {
        Thread.sleep(20);
      }
      long polled = System.nanoTime() - killedAt;
      awaitEveryone(telegram, "Bedok market");
      long delivered = System.nanoTime() - killedAt;
      Thread.sleep(1500);
      Map<Long, Integer> bedok = pushes(telegram, "Bedok market");
      long twice = bedok.values().stream().filter(n -> n > 1).count();
      System.out.printf(
          "ClusterIT: poller killed; the other answered a command %d ms later, finished the"
              + " broadcast %d ms later and polled the feed %d ms later; %d sends in flight at the"
              + " kill, %d repeated%n",
          takeOver / 1_000_000, delivered / 1_000_000, polled / 1_000_000, inFlight, twice);
      assertTrue(takeOver < Duration.ofSeconds(30).toNanos(), "took over within 30 s");
      assertTrue(polled < Duration.ofSeconds(30).toNanos(), "polls went on within 30 s");
      assertTrue(twice <= Math.max(2, inFlight), "only sends in flight repeat: " + twice);
      assertEquals(0, telegram.conflicts(), "no 409 at the take-over");

      // A third instance joins: no 409, and the two share the next article.
      BotProcess third = BotProcess.start(dir, env);
      bots.add(third);
      awaitLog(third, "2 instance(s) share the send rate");
      site.put("/feed/", "application/rss+xml", feed.add(LIBRARY).xml());
      awaitEveryone(telegram, "Woodlands library");
      Thread.sleep(1500);
      assertEquals(
          List.of(1),
          List.copyOf(new java.util.HashSet<>(pushes(telegram, "Woodlands library").values())),
          "each subscriber got the third article exactly once");
      assertEquals(0, telegram.conflicts(), "no 409 when an instance joins");
      assertTrue(!log(third).contains(POLLING), "the joiner waits: the other still polls");
      assertEquals(0, telegram.rateLimitedBotWide(), "no bot-wide 429");
    } finally {
      for (BotProcess bot : bots) {
        bot.close();
      }
      TestPostgres.drop(schema);
    }
  }

  /** The instance that says it holds the polling lease; fails if both or neither do. */
  private static BotProcess awaitPoller(List<BotProcess> bots) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<BotProcess> polling = bots.stream().filter(b -> log(b).contains(POLLING)).toList();
      if (!polling.isEmpty()) {
        Thread.sleep(4000); // a second poller would have said so by now
        polling = bots.stream().filter(b -> log(b).contains(POLLING)).toList();
        assertEquals(1, polling.size(), "one instance polls");
        return polling.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no instance polls; its log:\n" + log(bots.get(0)));
  }

  /** What the bot printed, on either stream. */
  private static String log(BotProcess bot) {
    return bot.stdout() + bot.stderr();
  }

  private static void awaitLog(BotProcess bot, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!log(bot).contains(text)) {
      if (System.nanoTime() > deadline || !bot.isAlive()) {
        throw new AssertionError("never logged '" + text + "'; its log:\n" + log(bot));
      }
      Thread.sleep(100);
    }
  }

  private static void awaitEveryone(FakeTelegram telegram, String title)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (pushes(telegram, title).size() < USERS) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            pushes(telegram, title).size() + " of " + USERS + " got '" + title + "'");
      }
      Thread.sleep(50);
    }
  }

  private static Map<Long, Integer> pushes(FakeTelegram telegram, String title) {
    Map<Long, Integer> perChat = new HashMap<>();
    telegram.sent().stream()
        .filter(s -> s.text() != null && s.text().contains(title))
        .forEach(s -> perChat.merge(s.chatId(), 1, Integer::sum));
    return perChat;
  }
}
