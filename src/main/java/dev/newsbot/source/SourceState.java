package dev.newsbot.source;

import dev.newsbot.fetch.Validators;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the bot remembers of polling one source.
 *
 * @param feedUrl the feed found on the page a source named as its feed, or null
 * @param validators for the next conditional GET
 * @param primed whether the first successful poll happened (its backlog is stored, not pushed)
 * @param consecutiveFailures failures since the last success
 * @param nextPollAt while backing off, the earliest time to try again; otherwise null
 */
public record SourceState(
    URI feedUrl,
    Validators validators,
    boolean primed,
    int consecutiveFailures,
    Instant nextPollAt) {
  public static final SourceState NEW = new SourceState(null, Validators.NONE, false, 0, null);

  public SourceState {
    Objects.requireNonNull(validators, "validators == null");
  }
}
