package dev.newsbot.health;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The log's hourly summary line, made from the counters /metrics serves: what happened since the
 * previous line.
 */
public final class ActivityReport {
  /** Counter name and what the line calls it. */
  private static final Map<String, String> COUNTED = new LinkedHashMap<>();

  static {
    COUNTED.put("newsbot.source.polls", "source polls");
    COUNTED.put("newsbot.source.fetch.errors", "failed polls");
    COUNTED.put("newsbot.source.articles.new", "new articles");
    COUNTED.put("newsbot.deliveries.sent", "messages sent");
    COUNTED.put("newsbot.deliveries.failed", "sends failed");
    COUNTED.put("newsbot.deliveries.retried", "sends retried");
  }

  private final MeterRegistry registry;
  private final Map<String, Double> before = new LinkedHashMap<>();

  public ActivityReport(MeterRegistry registry) {
    this.registry = registry;
    COUNTED.keySet().forEach(name -> before.put(name, total(name)));
  }

  /** Counts since the previous call (or since this report was made), as one line. */
  public synchronized String sinceLast() {
    StringBuilder line = new StringBuilder();
    for (Map.Entry<String, String> counted : COUNTED.entrySet()) {
      double now = total(counted.getKey());
      long delta = Math.round(now - before.put(counted.getKey(), now));
      line.append(line.length() == 0 ? "" : ", ")
          .append(counted.getValue())
          .append(": ")
          .append(delta);
    }
    return line.toString();
  }

  private double total(String name) {
    return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
  }
}
