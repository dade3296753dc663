package dev.newsbot.source;

import dev.newsbot.news.SourceCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what polls find, per source: articles read and new, and failed polls. Sources chats added
 * are counted together under {@value #CHAT_SOURCES}: there may be thousands, and a series each
 * would swamp a Prometheus server.
 */
public final class PollMetrics {
  static final String CHAT_SOURCES = "chat-sources";

  private final MeterRegistry registry;
  private final SourceCatalog sources;

  public PollMetrics(MeterRegistry registry, SourceCatalog sources) {
    this.registry = registry;
    this.sources = sources;
  }

  public void record(PollResult result) {
    if (result.outcome() == PollResult.Outcome.BACKING_OFF) {
      return; // not polled
    }
    String tag = tag(result);
    counter("newsbot.source.polls", "polls of the source", tag).increment();
    // registered at the first poll, so that a source that never failed shows 0, not nothing
    Counter errors = counter("newsbot.source.fetch.errors", "polls that failed", tag);
    if (result.outcome() == PollResult.Outcome.FAILED) {
      errors.increment();
    }
    counter("newsbot.source.articles.fetched", "articles not seen before, read", tag)
        .increment(result.read());
    counter("newsbot.source.articles.new", "articles stored", tag).increment(result.newArticles());
  }

  private String tag(PollResult result) {
    boolean configured =
        sources.configured().stream().anyMatch(s -> s.id().equals(result.source()));
    return configured ? result.source().value() : CHAT_SOURCES;
  }

  private Counter counter(String name, String description, String source) {
    return Counter.builder(name).description(description).tag("source", source).register(registry);
  }
}
