package dev.newsbot.source;

import dev.newsbot.news.SourceId;

/**
 * The outcome of polling one source; one broken source never affects the others.
 *
 * @param source which source
 * @param outcome what happened
 * @param newArticles how many articles were stored
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
    int newArticles,
    String error,
    java.time.Instant nextTry,
    int failures,
    boolean firstRead) {
  public PollResult(SourceId source, Outcome outcome, int newArticles, String error) {
    this(source, outcome, newArticles, error, null, 0, false);
  }

  /** What a poll did. */
  public enum Outcome {
    NOT_MODIFIED,
    CHECKED,
    BACKING_OFF,
    FAILED
  }
}
