package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.HostileFixtures;
import dev.newsbot.testing.HostileFixtures.Fixture;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot, in process, with one good source and every hostile one of {@link HostileFixtures}
 * on the fake site: the good source's news still reaches a subscriber.
 */
class HostileSourcesIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long ALICE = 1001;
  private static final String SECRET = "s3cret-0f-the-h0st-4242";

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;
  private List<Fixture> hostile;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    publishFeed();
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET);
    hostile = new HostileFixtures(site).all(secret);
    StringBuilder yaml =
        new StringBuilder(
            "fetch:\n  host_delay_seconds: 0\ntime_zone: Asia/Singapore\n"
                + "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
                + site.url("/feed/")
                + "\n");
    hostile.forEach(f -> yaml.append(f.yaml()));
    Files.writeString(dir.resolve("newsbot.yml"), yaml);
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

  /** Waits until the site has answered a request for every path. */
  private void awaitRequested(List<String> paths) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    for (String path : paths) {
      while (site.count(path) == 0) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(path + " was never requested: " + site.paths());
        }
        Thread.sleep(50);
      }
    }
  }

  private void awaitCount(String path, int count) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (site.count(path) < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(path + " was requested only " + site.count(path) + " times");
      }
      Thread.sleep(50);
    }
  }

  @Test
  void aSubscriberGetsTheGoodSourcesNewsWhileEveryHostileSourceIsPolled() throws Exception {
    try (App app = startBot()) {
      telegram.userSends(ALICE, "/start");
      telegram.awaitSent(ALICE, t -> t.contains("Welcome"), WAIT);
      awaitRequested(
          Stream.concat(Stream.of("/feed/"), hostile.stream().map(f -> f.url().getPath()))
              .toList());
      // the hostile story pages behind the teaser feeds are read too
      awaitRequested(List.of("/deep/story/", "/siblings/story/", "/charset/story/"));

      awaitCount("/feed/", site.count("/feed/") + 1); // past the first poll: the next is news
      feed.add(Stories.FERRY);
      publishFeed();
      telegram.awaitSent(ALICE, t -> t.contains("Punggol ferry"), WAIT);

      telegram.userSends(ALICE, "/latest");
      telegram.awaitSent(ALICE, t -> t.contains("Latest"), WAIT);
    }
    assertTrue(
        telegram.sent().stream().noneMatch(s -> s.text().contains(SECRET)),
        "the secret was sent to Telegram");
    assertFalse(databaseContains(SECRET), "the secret reached the database");
  }

  /** Whether any of the bot's database files (the WAL included) holds {@code text}. */
  private boolean databaseContains(String text) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("bot.db")).toList()) {
        // ISO-8859-1 maps each byte to one char, so this is a search of the raw bytes
        if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
          return true;
        }
      }
    }
    return false;
  }
}
