package dev.newsbot.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ActivityReportTest {
  @Test
  void eachLineCountsWhatHappenedSinceTheOneBefore() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    registry.counter("newsbot.source.polls", "source", "early").increment(4);
    ActivityReport report = new ActivityReport(registry); // what came before it is not counted

    registry.counter("newsbot.source.polls", "source", "early").increment(2);
    registry.counter("newsbot.source.polls", "source", "late").increment(3);
    registry.counter("newsbot.source.fetch.errors", "source", "late").increment();
    registry.counter("newsbot.source.articles.new", "source", "early").increment(7);
    registry.counter("newsbot.deliveries.sent").increment(12);
    assertEquals(
        "source polls: 5, failed polls: 1, new articles: 7, messages sent: 12, sends failed: 0,"
            + " sends retried: 0",
        report.sinceLast());

    registry.counter("newsbot.deliveries.failed").increment();
    assertEquals(
        "source polls: 0, failed polls: 0, new articles: 0, messages sent: 0, sends failed: 1,"
            + " sends retried: 0",
        report.sinceLast());
  }
}
