package dev.newsbot.summary;

/**
 * How long a summary may be. Both limits are hard: a summary never has more sentences or
 * characters.
 *
 * @param maxSentences at most this many sentences, 1 to 20
 * @param maxChars at most this many characters (UTF-16 units, as Telegram counts), 40 to 4096
 */
public record SummaryBudget(int maxSentences, int maxChars) {
  /**
   * Three sentences in at most 380 characters: about 60 English words on average, since a selection
   * stays under the cap by whole sentences (measured by {@code dev.newsbot.bench.SummaryEval}).
   */
  public static final SummaryBudget DEFAULT = new SummaryBudget(3, 380);

  public SummaryBudget {
    if (maxSentences < 1 || maxSentences > 20) {
      throw new IllegalArgumentException("maxSentences must be between 1 and 20: " + maxSentences);
    }
    if (maxChars < 40 || maxChars > 4096) {
      throw new IllegalArgumentException("maxChars must be between 40 and 4096: " + maxChars);
    }
  }
}
