package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot killed with SIGKILL in the middle of a broadcast loses nothing when started again. */
class CrashRecoveryIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int USERS = 80;

  @TempDir Path dir;

  @Test
  void aBroadcastInterruptedBySigkillIsCompletedAfterRestart() throws Exception {
    try (FakeSite site = FakeSite.start();
        FakeTelegram telegram = FakeTelegram.start()) {
      MothershipFeed feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Files.writeString(
          dir.resolve("newsbot.yml"),
          "poll_seconds: 10\nsend_rate_per_second: 20\nsources:\n  - id: ms\n    name: Mothership\n    feed: "
              + site.url("/feed/")
              + "\n    time_zone: Asia/Singapore\n    photos: false\n");
      Map<String, String> env =
          Map.of(
              "NEWSBOT_CONFIG",
              "newsbot.yml",
              "NEWSBOT_DB",
              "bot.db",
              "TELEGRAM_BOT_TOKEN",
              FakeTelegram.TOKEN,
              "TELEGRAM_API_URL",
              telegram.url().toString());

      BotProcess first = BotProcess.start(dir, env);
      for (long user = 1; user <= USERS; user++) {
        telegram.userSends(user, "/start");
      }
      for (long user = 1; user <= USERS; user++) {
        telegram.awaitSent(user, t -> t.contains("Welcome"), WAIT);
      }
      telegram.latency(Duration.ofMillis(30));
      site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
      while (pushes(telegram).size() < USERS / 4) {
        Thread.sleep(10);
      }
      first.kill();
      int beforeRestart = pushes(telegram).values().stream().mapToInt(Integer::intValue).sum();
      assertTrue(beforeRestart < USERS, "killed mid-broadcast, after " + beforeRestart + " pushes");

      try (BotProcess second = BotProcess.start(dir, env)) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pushes(telegram).size() < USERS && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        Thread.sleep(1500); // a second copy of anything would arrive by now
        Map<Long, Integer> pushes = pushes(telegram);
        assertEquals(USERS, pushes.size(), "every subscriber got the article: nothing lost");
        long twice = pushes.values().stream().filter(n -> n > 1).count();
        assertTrue(twice <= 8, "only sends in flight at the kill may repeat; repeated: " + twice);
        assertEquals(0, second.terminate(WAIT));
      }
    }
  }

  private static Map<Long, Integer> pushes(FakeTelegram telegram) {
    Map<Long, Integer> perChat = new HashMap<>();
    telegram.sent().stream()
        .filter(s -> s.text().contains("Punggol ferry"))
        .forEach(s -> perChat.merge(s.chatId(), 1, Integer::sum));
    return perChat;
  }
}
