package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz and /metrics on a free port, against the fakes. */
class HealthIT {
  private static final Duration WAIT = Duration.ofSeconds(15);

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private final TestClock clock = TestClock.real();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    site.put(
        "/feed/",
        "application/rss+xml",
        new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER).xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n");
  }

  @AfterEach
  void stopFakes() {
    telegram.close();
    site.close();
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthIsOkWithEverySourceAndFailsWhenTelegramPollingHasFailedForFiveMinutes()
      throws Exception {
    try (App app = InProcessBot.start(dir, telegram, clock, Map.of("NEWSBOT_HTTP_PORT", "0"))) {
      telegram.awaitCall("getUpdates", WAIT);
      int port = app.httpPort().orElseThrow();
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      HttpResponse<String> ok = get(port, "/healthz");
      assertEquals(200, ok.statusCode(), ok.body());
      JsonNode health = new ObjectMapper().readTree(ok.body());
      assertEquals("ok", health.path("status").asText());
      assertEquals(true, health.path("database_writable").asBoolean());
      assertEquals("long polling", health.path("telegram").path("mode").asText());
      assertEquals("mothership", health.path("sources").get(0).path("id").asText());
      assertEquals(0, health.path("sources").get(0).path("consecutive_failures").asInt());
      assertTrue(health.path("outbox").has("pending"), ok.body());

      HttpResponse<String> metrics = get(port, "/metrics");
      assertEquals(200, metrics.statusCode());
      assertTrue(metrics.body().contains("# TYPE newsbot_deliveries_sent_total counter"), "sent");
      assertTrue(metrics.body().contains("jvm_memory_used_bytes"), "JVM");
      assertTrue(metrics.body().contains("process_uptime_seconds"), "process");

      telegram.close(); // Telegram goes away: getUpdates fails from now on
      Thread.sleep(2500);
      clock.advance(Duration.ofMinutes(6));
      HttpResponse<String> down = get(port, "/healthz");
      assertEquals(503, down.statusCode(), down.body());
      assertEquals("failing", new ObjectMapper().readTree(down.body()).path("status").asText());
    }
  }
}
