package dev.newsbot.source;

import dev.newsbot.config.SourceConfig;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.extract.ArticleBody;
import dev.newsbot.source.extract.BodyCleaner;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetches its feed, stores each article not seen before with its summary, and
 * queues it for subscribers. The first successful poll of a source only records its backlog.
 */
public final class SourcePoller {
  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  private final HttpFetcher fetcher;
  private final FeedReader feeds;
  private final Summarizer summarizer;
  private final ArticleStore articles;
  private final SourceStateStore states;
  private final Runnable onQueued;
  private final Clock clock;
  private final Duration pollInterval;

  /**
   * @param onQueued called after new deliveries were queued, to wake the sender
   * @param pollInterval the normal interval, the first step of the back-off
   */
  public SourcePoller(
      HttpFetcher fetcher,
      FeedReader feeds,
      Summarizer summarizer,
      ArticleStore articles,
      SourceStateStore states,
      Runnable onQueued,
      Clock clock,
      Duration pollInterval) {
    this.fetcher = fetcher;
    this.feeds = feeds;
    this.summarizer = summarizer;
    this.articles = articles;
    this.states = states;
    this.onQueued = onQueued;
    this.clock = clock;
    this.pollInterval = pollInterval;
  }

  public PollResult poll(SourceConfig source) {
    SourceId id = new SourceId(source.id());
    SourceState state = states.load(id);
    Instant now = clock.instant();
    if (state.nextPollAt() != null && now.isBefore(state.nextPollAt())) {
      return new PollResult(id, PollResult.Outcome.BACKING_OFF, 0, null);
    }
    try {
      FetchResult result = fetcher.get(source.url(), state.validators());
      if (result instanceof FetchResult.Fetched fetched) {
        List<FeedItem> items =
            feeds.read(fetched.body(), fetched.charset(), fetched.url(), source.zone());
        int stored = store(source, items, state.primed());
        states.recordSuccess(id, fetched.validators(), clock.instant());
        return new PollResult(id, PollResult.Outcome.CHECKED, stored, null);
      }
      states.recordSuccess(id, state.validators(), clock.instant());
      return new PollResult(id, PollResult.Outcome.NOT_MODIFIED, 0, null);
    } catch (FetchException | FeedException e) {
      int failures = state.consecutiveFailures() + 1;
      Instant next = now.plus(backoff(failures));
      states.recordFailure(id, e.getMessage(), now, next);
      return new PollResult(id, PollResult.Outcome.FAILED, 0, e.getMessage());
    }
  }

  /** Doubles the interval with each failure, up to an hour. */
  Duration backoff(int failures) {
    Duration d = pollInterval.multipliedBy(1L << Math.min(failures - 1, 16));
    return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
  }

  /** Stores new items oldest first, so that pushes arrive in the order things happened. */
  private int store(SourceConfig source, List<FeedItem> items, boolean deliver) {
    int stored = 0;
    for (int i = items.size() - 1; i >= 0; i--) {
      FeedItem item = items.get(i);
      URI url = UrlNormalizer.clean(item.link());
      if (articles.contains(UrlNormalizer.key(url))) {
        continue;
      }
      try {
        if (articles.add(toArticle(source, url, item), deliver).isPresent()) {
          stored++;
        }
      } catch (RuntimeException e) {
        log.warn("Source '{}': skipped {}: {}", source.id(), url, e.toString());
      }
    }
    if (stored > 0 && deliver) {
      onQueued.run();
    }
    return stored;
  }

  private NewArticle toArticle(SourceConfig source, URI url, FeedItem item) {
    ArticleBody body =
        item.contentHtml().isEmpty()
            ? new ArticleBody(item.description().isEmpty() ? List.of() : List.of(item.description()), null)
            : BodyCleaner.clean(item.contentHtml(), url);
    String standfirst = item.description();
    String summary = summarizer.summarize(new SummaryRequest(item.title(), standfirst, body.text()));
    return new NewArticle(
        new SourceId(source.id()),
        source.name(),
        url,
        UrlNormalizer.key(url),
        ContentFingerprint.of(body.text()),
        item.title().isEmpty() ? url.toString() : item.title(),
        item.author(),
        item.published(),
        standfirst,
        body.leadImage(),
        body.text(),
        summary);
  }
}
