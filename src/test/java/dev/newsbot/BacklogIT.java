package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * max_backlog holds however the new articles arrive: many in one slow poll while the sender runs,
 * or many published while the bot was down.
 */
class BacklogIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long ALICE = 801;

  @TempDir Path dir;

  /**
   * A teaser item: its page is fetched (and answers 404), a host gap apart, so the poll is slow.
   */
  private static MothershipFeed.Item story(int n) {
    return new MothershipFeed.Item(
        "backlog-story-" + n,
        "Backlog story number " + n,
        String.format("2026-11-28T%02d:00:00", n % 24),
        "Test Writer",
        "Teaser of story " + n + ".",
        List.of());
  }

  @Test
  void aChatGetsOnlyTheNewestOfABacklogWithACountOfTheRest() throws Exception {
    try (FakeSite site = FakeSite.start();
        FakeTelegram telegram = FakeTelegram.start()) {
      MothershipFeed feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      feed.publish(site);
      Files.writeString(
          dir.resolve("newsbot.yml"),
          "max_backlog: 5\nfetch:\n  host_delay_seconds: 0.3\nsources:\n"
              + "  - id: mothership\n    name: Mothership\n    default: true\n    feed: "
              + site.url("/feed/")
              + "\n");
      try (App app = InProcessBot.start(dir, telegram)) {
        telegram.userSends(ALICE, "/start");
        telegram.awaitSent(ALICE, t -> t.contains("Welcome"), WAIT);
        awaitPolls(site, 2); // the first read stored the backlog
        for (int n = 1; n <= 8; n++) {
          feed.add(story(n));
        }
        feed.publish(site);
        telegram.awaitSent(ALICE, t -> t.contains("Backlog story number 8"), WAIT);
        Thread.sleep(2000); // anything more would come now
      }
      List<String> first = pushes(telegram);
      assertEquals(5, first.size(), first.toString());
      assertTrue(first.get(4).contains("+ 3 more new articles"), first.get(4));
      assertTrue(first.get(0).contains("Backlog story number 4"), first.get(0));

      for (int n = 9; n <= 19; n++) {
        feed.add(story(n)); // published while the bot is down
      }
      feed.publish(site);
      try (App app = InProcessBot.start(dir, telegram)) {
        telegram.awaitSent(ALICE, t -> t.contains("Backlog story number 19"), WAIT);
        Thread.sleep(2000);
      }
      List<String> after = pushes(telegram).subList(5, pushes(telegram).size());
      assertEquals(5, after.size(), after.toString());
      assertTrue(after.get(4).contains("+ 6 more new articles"), after.get(4));
    }
  }

  private static List<String> pushes(FakeTelegram telegram) {
    return telegram.sentTo(ALICE).stream()
        .map(FakeTelegram.Sent::text)
        .filter(t -> t.contains("Backlog story"))
        .toList();
  }

  private static void awaitPolls(FakeSite site, int polls) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (site.count("/feed/") < polls && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
