package dev.newsbot.source;

import dev.newsbot.fetch.Validators;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.time.Instant;

/** Per-source polling state: validators, priming, failures and back-off. */
public interface SourceStateStore {
  /** The state of {@code source}, or {@link SourceState#NEW} if it was never polled. */
  SourceState load(SourceId source);

  /**
   * Records a successful poll: the source is primed and its failures are forgotten.
   *
   * @param feedUrl the feed discovered on the configured page, or null
   */
  void recordSuccess(SourceId source, URI feedUrl, Validators validators, Instant at);

  /** Records a failed poll and when to try again. */
  void recordFailure(SourceId source, String error, Instant at, Instant nextPollAt);

  /** Its next successful poll stores what the source lists without pushing it, as a first does. */
  void unprime(SourceId source);
}
