package dev.newsbot.source;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Counts what polls find, per source: articles read and new, and failed polls. Sources chats added
 * are counted together under {@value #CHAT_SOURCES}: there may be thousands, and a series each
 * would swamp a Prometheus server.
 */
public final class PollMetrics {
  static final String CHAT_SOURCES = "chat-sources";

  private final MeterRegistry registry;
  private final Set<SourceId> configured;

  public PollMetrics(MeterRegistry registry, SourceCatalog sources) {
    this.registry = registry;
    this.configured = sources.configured().stream().map(Source::id).collect(Collectors.toSet());
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
    counter(
            "newsbot.source.articles.new",
            "articles new to the source: stored, or stored by another source that lists them too",
            tag)
        .increment(result.newArticles());
  }

  private String tag(PollResult result) {
    return configured.contains(result.source()) ? result.source().value() : CHAT_SOURCES;
  }

  private Counter counter(String name, String description, String source) {
    return Counter.builder(name).description(description).tag("source", source).register(registry);
  }
}
