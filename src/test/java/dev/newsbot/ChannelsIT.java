package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.FakeTelegram.Sent;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A channel of the config file gets its sources' posts, with Read here as a link to the bot. */
class ChannelsIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long CHANNEL = -1009001;

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    telegram.channel("@sg_news_daily", CHANNEL);
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "time_zone: Asia/Singapore\n"
            + "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\nchannels:\n  - chat: \"@sg_news_daily\"\n    sources: [mothership]\n"
            + "    summary: false\n");
  }

  @AfterEach
  void stopFakes() {
    telegram.close();
    site.close();
  }

  @Test
  void aChannelIsSetUpOnceTelegramAnswersWhenItCouldNotAtStart() throws Exception {
    String badGateway = "{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}";
    telegram.answerNext("getChat", 502, "application/json", badGateway);
    telegram.answerNext("getChat", 502, "application/json", badGateway);
    try (App app = InProcessBot.start(dir, telegram)) {
      telegram.awaitCall("setMyCommands", WAIT);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (telegram.calls().stream().filter("getchat"::equals).count() < 3
          && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertEquals(
          3,
          telegram.calls().stream().filter("getchat"::equals).count(),
          telegram.calls().toString());
      while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      telegram.awaitSent(CHANNEL, t -> t.contains("Punggol ferry"), WAIT);
    }
  }

  @Test
  void theChannelGetsItsSourcesPostsWithALinkBackAndNoButtons() throws Exception {
    try (App app = InProcessBot.start(dir, telegram)) {
      telegram.awaitCall("setMyCommands", WAIT);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      feed.add(Stories.FERRY);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Sent post = telegram.awaitSent(CHANNEL, t -> t.contains("Punggol ferry"), WAIT);
      JsonNode markup = post.request().path("reply_markup");
      if (markup.isTextual()) {
        markup = new ObjectMapper().readTree(markup.asText());
      }
      assertTrue(markup.findValuesAsText("callback_data").isEmpty(), markup.toString());
      String link = markup.findValuesAsText("url").get(0);
      assertTrue(
          link.matches("https://t\\.me/" + FakeTelegram.BOT_USERNAME + "\\?start=read-\\d+"), link);
      assertTrue(!post.text().contains("40-minute wait"), "summary: false: headline only");
      assertEquals(1, telegram.sentTo(CHANNEL).size(), "the backlog is not posted");
    }
  }
}
