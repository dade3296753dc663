package dev.newsbot.source;

import dev.newsbot.news.SourceId;

/**
 * The outcome of polling one source; one broken source never affects the others.
 *
 * @param source which source
 * @param outcome what happened
 * @param newArticles how many articles were stored
 * @param error why it failed, or null
 */
public record PollResult(SourceId source, Outcome outcome, int newArticles, String error) {
  /** What a poll did. */
  public enum Outcome {
    NOT_MODIFIED,
    CHECKED,
    BACKING_OFF,
    FAILED
  }
}
