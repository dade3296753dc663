package dev.newsbot.source;

import dev.newsbot.news.SourceId;

/**
 * The outcome of polling one source; one broken source never affects the others.
 *
 * @param source which source
 * @param outcome what happened
 * @param read how many articles not seen before were read (a feed's items, a listing's pages)
 * @param newArticles how many articles were new to the source: stored, or stored already by another
 *     source and listed here for the first time (queued for this source's followers)
 * @param error why it failed, or null
 * @param nextTry when a failed source is tried again, or null
 * @param failures how many polls in a row have failed, this one included; for a success, how many
 *     had failed before it
 * @param firstRead whether this was the source's first successful read (its backlog is stored, not
 *     pushed)
 */
public record PollResult(
    SourceId source,
    Outcome outcome,
    int read,
    int newArticles,
    String error,
    java.time.Instant nextTry,
    int failures,
    boolean firstRead) {
  public PollResult(SourceId source, Outcome outcome, int newArticles, String error) {
    this(source, outcome, newArticles, newArticles, error, null, 0, false);
  }

  /** Whether this poll queued pushes: new articles of a source read before (not its backlog). */
  public boolean queuedDeliveries() {
    return outcome == Outcome.CHECKED && newArticles > 0 && !firstRead;
  }

  /** What a poll did. */
  public enum Outcome {
    NOT_MODIFIED,
    CHECKED,
    BACKING_OFF,
    FAILED
  }
}
