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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricsProcessor;
import org.hawkular.agent.prometheus.types.Counter;
import org.hawkular.agent.prometheus.types.Gauge;
import org.hawkular.agent.prometheus.types.Histogram;
import org.hawkular.agent.prometheus.types.Metric;
import org.hawkular.agent.prometheus.types.MetricFamily;
import org.hawkular.agent.prometheus.types.MetricType;
import org.hawkular.agent.prometheus.walkers.CollectorPrometheusMetricsWalker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /healthz and /metrics on a free port, against the fakes. */
class HealthIT {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final long ALICE = 501;

  @TempDir Path dir;
  private FakeTelegram telegram;
  private FakeSite site;
  private MothershipFeed feed;
  private final TestClock clock = TestClock.real();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void startFakes() throws Exception {
    telegram = FakeTelegram.start();
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    feed.publish(site);
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n    default: true\n  - id: gone\n    name: Gone\n    feed: "
            + site.url("/gone.xml")
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
      Map<String, JsonNode> sources = new HashMap<>();
      health.path("sources").forEach(s -> sources.put(s.path("id").asText(), s));
      assertEquals(0, sources.get("mothership").path("consecutive_failures").asInt(), ok.body());
      assertTrue(sources.get("mothership").hasNonNull("last_success"), ok.body());
      assertTrue(sources.get("gone").path("consecutive_failures").asInt() >= 1, ok.body());
      assertTrue(sources.get("gone").path("last_error").asText().contains("404"), ok.body());
      assertTrue(health.path("outbox").has("pending"), ok.body());

      telegram.close(); // Telegram goes away: getUpdates fails from now on
      Thread.sleep(2500);
      clock.advance(Duration.ofMinutes(6));
      HttpResponse<String> down = get(port, "/healthz");
      assertEquals(503, down.statusCode(), down.body());
      assertEquals("failing", new ObjectMapper().readTree(down.body()).path("status").asText());
    }
  }

  @Test
  void metricsAreServedAsPrometheusTextWithWhatEachSourceAndSendDid() throws Exception {
    try (App app = InProcessBot.start(dir, telegram, clock, Map.of("NEWSBOT_HTTP_PORT", "0"))) {
      int port = app.httpPort().orElseThrow();
      telegram.userSends(ALICE, "/start");
      telegram.awaitSent(ALICE, t -> t.contains("Welcome"), WAIT);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20); // the first read stored the backlog
      }
      feed.add(Stories.FERRY).publish(site);
      telegram.awaitSent(ALICE, t -> t.contains("Punggol ferry"), WAIT);
      Thread.sleep(200); // the send is counted after Telegram answers it

      HttpResponse<String> response = get(port, "/metrics");
      assertEquals(200, response.statusCode());
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
          response.headers().toString());
      Map<String, MetricFamily> metrics = parse(response.body());

      assertEquals(2.0, value(metrics, "newsbot_source_articles_new_total", "mothership"));
      assertEquals(2.0, value(metrics, "newsbot_source_articles_fetched_total", "mothership"));
      assertTrue(value(metrics, "newsbot_source_polls_total", "mothership") >= 2);
      assertEquals(0.0, value(metrics, "newsbot_source_fetch_errors_total", "mothership"));
      assertTrue(value(metrics, "newsbot_source_fetch_errors_total", "gone") >= 1);
      assertEquals(2.0, value(metrics, "newsbot_summaries_made_total", null));
      assertEquals(1.0, value(metrics, "newsbot_deliveries_sent_total", null));
      assertEquals(0.0, value(metrics, "newsbot_deliveries_failed_total", null));
      assertEquals(0.0, value(metrics, "newsbot_deliveries_queue_depth", null));

      MetricFamily latency = metrics.get("newsbot_deliveries_latency_seconds");
      assertEquals(MetricType.HISTOGRAM, latency.getType());
      Histogram h = (Histogram) latency.getMetrics().get(0);
      assertEquals(1, h.getSampleCount());
      assertTrue(h.getBuckets().size() > 10, "buckets: " + h.getBuckets().size());

      assertEquals(MetricType.GAUGE, metrics.get("jvm_memory_used_bytes").getType());
      assertTrue(metrics.containsKey("process_uptime_seconds"), metrics.keySet().toString());
    }
  }

  private static Map<String, MetricFamily> parse(String text) throws Exception {
    CollectorPrometheusMetricsWalker walker = new CollectorPrometheusMetricsWalker();
    new TextPrometheusMetricsProcessor(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), walker)
        .walk();
    Map<String, MetricFamily> byName = new HashMap<>();
    walker.getAllMetricFamilies().forEach(f -> byName.put(f.getName(), f));
    return byName;
  }

  /** The value of a counter or gauge, of the series for {@code source} (null: the only one). */
  private static double value(Map<String, MetricFamily> metrics, String name, String source) {
    MetricFamily family = metrics.get(name);
    assertTrue(family != null, "no " + name + " in " + metrics.keySet());
    for (Metric m : family.getMetrics()) {
      if (source == null || source.equals(m.getLabels().get("source"))) {
        return m instanceof Counter c ? c.getValue() : ((Gauge) m).getValue();
      }
    }
    throw new AssertionError("no " + name + " for source " + source + ": " + family.getMetrics());
  }
}
