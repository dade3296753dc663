package dev.newsbot.source;

import java.time.Instant;
import java.util.Objects;

/**
 * What the bot remembers of polling one source.
 *
 * @param validators for the next conditional GET
 * @param primed whether the first successful poll happened (its backlog is stored, not pushed)
 * @param consecutiveFailures failures since the last success
 * @param nextPollAt while backing off, the earliest time to try again; otherwise null
 */
public record SourceState(
    Validators validators, boolean primed, int consecutiveFailures, Instant nextPollAt) {
  public static final SourceState NEW = new SourceState(Validators.NONE, false, 0, null);

  public SourceState {
    Objects.requireNonNull(validators, "validators == null");
  }
}
