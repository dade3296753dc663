package dev.newsbot.health;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.news.BotStats;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /healthz}: 200 with JSON while the bot works (each source's last success, last error and
 * failures in a row, the Telegram poller, the outbox), 503 when Telegram polling has failed for 5
 * minutes or the database cannot be written. {@code /metrics}: Prometheus text.
 */
public final class HealthServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HealthServer.class);
  static final Duration POLLING_DOWN = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final ExecutorService executor;
  private final BotStats stats;
  private final Outbox outbox;
  private final PollingHealth polling;
  private final BooleanSupplier databaseWritable;
  private final PrometheusMeterRegistry metrics;
  private final Clock clock;

  /**
   * @param polling null in console mode
   */
  public HealthServer(
      String bind,
      int port,
      BotStats stats,
      Outbox outbox,
      PollingHealth polling,
      BooleanSupplier databaseWritable,
      PrometheusMeterRegistry metrics,
      Clock clock)
      throws IOException {
    this.stats = stats;
    this.outbox = outbox;
    this.polling = polling;
    this.databaseWritable = databaseWritable;
    this.metrics = metrics;
    this.clock = clock;
    this.server = HttpServer.create(new InetSocketAddress(bind, port), 0);
    this.executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "health-http");
              t.setDaemon(true);
              return t;
            });
    server.createContext("/healthz", this::health);
    server.createContext("/metrics", this::metrics);
    server.setExecutor(executor);
    server.start();
    log.info("Health and metrics on http://{}:{}/healthz and /metrics", bind, port());
  }

  /** The port it listens on (useful when 0 asked for any free one). */
  public int port() {
    return server.getAddress().getPort();
  }

  private void health(HttpExchange exchange) throws IOException {
    try (exchange) {
      Instant now = clock.instant();
      ObjectNode body = JSON.createObjectNode();
      boolean writable = databaseWritable.getAsBoolean();
      boolean telegramDown = polling != null && polling.failingFor().compareTo(POLLING_DOWN) >= 0;
      body.put("status", writable && !telegramDown ? "ok" : "failing");
      body.put("database_writable", writable);
      ObjectNode telegram = body.putObject("telegram");
      if (polling == null) {
        telegram.put("mode", "console");
      } else {
        telegram.put("mode", "long polling");
        telegram.put(
            "last_success",
            polling.lastSuccess() == null ? null : polling.lastSuccess().toString());
        telegram.put("failing_seconds", polling.failingFor().toSeconds());
      }
      Outbox.Depth depth = outbox.depth(now);
      ObjectNode queue = body.putObject("outbox");
      queue.put("pending", depth.pending());
      queue.put("oldest_pending_seconds", depth.oldest().toSeconds());
      ArrayNode sources = body.putArray("sources");
      for (BotStats.SourceHealth s : stats.figures(now).sources()) {
        ObjectNode o = sources.addObject();
        o.put("id", s.source());
        o.put("last_success", s.lastSuccess() == null ? null : s.lastSuccess().toString());
        o.put("consecutive_failures", s.failures());
        o.put("last_error", s.lastError());
      }
      respond(
          exchange,
          writable && !telegramDown ? 200 : 503,
          "application/json",
          JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(body));
    } catch (RuntimeException e) {
      log.warn("Health check failed", e);
    }
  }

  private void metrics(HttpExchange exchange) throws IOException {
    try (exchange) {
      respond(
          exchange,
          200,
          "text/plain; version=0.0.4; charset=utf-8",
          metrics.scrape().getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void respond(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
