package dev.newsbot.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The sender's numbers, kept in a Micrometer registry for the operations endpoint. */
public final class DeliveryMetrics {
  private final Counter sent;
  private final Counter failed;
  private final Counter retried;
  private final Counter rateLimited;
  private final Timer latency;
  private final Outbox outbox;
  private final Clock clock;
  private Outbox.Depth depth;
  private Instant depthAt;

  public DeliveryMetrics(MeterRegistry registry, Outbox outbox, Clock clock) {
    sent = registry.counter("newsbot.deliveries.sent");
    failed = registry.counter("newsbot.deliveries.failed");
    retried = registry.counter("newsbot.deliveries.retried");
    rateLimited = registry.counter("newsbot.telegram.rate.limited");
    latency =
        Timer.builder("newsbot.deliveries.latency")
            .description("from an article's discovery to its send")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(100))
            .maximumExpectedValue(Duration.ofHours(6))
            .register(registry);
    this.outbox = outbox;
    this.clock = clock;
    Gauge.builder("newsbot.deliveries.queue.depth", this, m -> m.depth().pending())
        .register(registry);
    Gauge.builder(
            "newsbot.deliveries.oldest.pending.seconds",
            this,
            m -> m.depth().oldest().toMillis() / 1000.0)
        .register(registry);
  }

  /**
   * The outbox's depth, read at most once a second: counting a queue of 100,000 rows at every
   * scrape, twice, would cost more than the sends it reports on.
   */
  private synchronized Outbox.Depth depth() {
    Instant now = clock.instant();
    if (depth == null || !now.isBefore(depthAt.plusSeconds(1))) {
      depth = outbox.depth(now);
      depthAt = now;
    }
    return depth;
  }

  void sent(Duration sinceDiscovery) {
    sent.increment();
    latency.record(sinceDiscovery);
  }

  void failed() {
    failed.increment();
  }

  void retried() {
    retried.increment();
  }

  void rateLimited() {
    rateLimited.increment();
  }

  public double sentCount() {
    return sent.count();
  }

  public double failedCount() {
    return failed.count();
  }

  public double retriedCount() {
    return retried.count();
  }

  public double rateLimitedCount() {
    return rateLimited.count();
  }
}
