package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: a separate process, stopped with SIGTERM. */
class JarIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;
  private FakeSite site;
  private MothershipFeed feed;

  @BeforeEach
  void setUp() throws IOException {
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "poll_seconds: 10\nsources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n    time_zone: Asia/Singapore\n");
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  @Test
  void consoleModeWithoutATokenTakesCommandsAndPrintsPushes() throws Exception {
    try (BotProcess bot =
        BotProcess.start(
            dir, Map.of("NEWSBOT_CONFIG", "newsbot.yml", "NEWSBOT_DB", "data/bot.db"))) {
      bot.awaitOutput(out -> out.contains("console mode"), WAIT);
      // The console is subscribed from the start: no /start needed for pushes.
      while (!bot.stderr().contains("first read")) { // what /latest shows is stored
        Thread.sleep(50);
      }
      bot.type("/latest");
      bot.awaitOutput(out -> out.contains("Tampines hawker centre adds late-night stalls"), WAIT);

      site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
      bot.awaitOutput(
          out ->
              out.contains(
                  "Punggol ferry trial carries 3,000 riders & their bicycles in first week <"
                      + feed.link(Stories.FERRY)
                      + ">"),
          WAIT);
      assertFalse(bot.stdout().contains("Follow us on Telegram"), bot.stdout());
      assertFalse(bot.stdout().contains("ch.qos.logback"), "logback's status:\n" + bot.stdout());
      assertFalse(
          bot.stderr().contains("can be read by other users"),
          "the directory the bot made is its own:\n" + bot.stderr());
      bot.type("/start");
      bot.awaitOutput(out -> out.contains("You are subscribed. You follow Mothership."), WAIT);

      assertEquals(0, bot.terminate(WAIT), "a clean stop exits 0");
    }
  }

  @Test
  void telegramModeAnswersAndStopsCleanlyWithoutLoggingTheToken() throws Exception {
    try (FakeTelegram telegram = FakeTelegram.start();
        BotProcess bot = BotProcess.startOnTelegram(dir, telegram, Map.of())) {
      telegram.awaitCall("getUpdates", WAIT);
      telegram.userSends(7, "/start");
      telegram.awaitSent(7, t -> t.contains("Welcome"), WAIT);
      telegram.userSends(7, "/latest x");
      telegram.awaitSent(7, t -> t.contains("'x' is not a number from 1 to 20"), WAIT);

      assertEquals(0, bot.terminate(WAIT), "a clean stop exits 0");
      List.of(bot.stdout(), bot.stderr())
          .forEach(
              out ->
                  assertFalse(
                      out.contains(FakeTelegram.TOKEN.substring(5)), "the token leaked:\n" + out));
    }
  }

  @Test
  void jsonLogsAreOneObjectALineWithoutTheToken() throws Exception {
    try (FakeTelegram telegram = FakeTelegram.start();
        BotProcess bot =
            BotProcess.startOnTelegram(dir, telegram, Map.of("NEWSBOT_LOG_FORMAT", "json"))) {
      telegram.awaitCall("getUpdates", WAIT);
      while (site.count("/feed/") < 1) {
        Thread.sleep(50);
      }
      assertEquals(0, bot.terminate(WAIT), "a clean stop exits 0");

      List<String> lines = bot.stderr().lines().toList();
      ObjectMapper json = new ObjectMapper();
      List<String> messages = new java.util.ArrayList<>();
      for (String line : lines) {
        messages.add(json.readTree(line).path("formattedMessage").asText()); // each line parses
      }
      assertTrue(messages.stream().anyMatch(m -> m.startsWith("NewsBot ")), messages.toString());
      assertTrue(messages.contains("NewsBot stopped"), messages.toString());
      assertFalse(bot.stderr().contains(FakeTelegram.TOKEN.substring(5)), bot.stderr());
    }
  }

  @Test
  void anUnknownLogFormatIsOneLineAndAUsageError() throws Exception {
    try (BotProcess bot = BotProcess.start(dir, Map.of("NEWSBOT_LOG_FORMAT", "xml"))) {
      assertEquals(2, bot.waitFor(WAIT));
      assertEquals("newsbot: NEWSBOT_LOG_FORMAT must be text or json, got 'xml'\n", bot.stderr());
    }
  }
}
