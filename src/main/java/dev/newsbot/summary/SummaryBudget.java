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

  public static final int MIN_SENTENCES = 1;
  public static final int MAX_SENTENCES = 20;

  public static final int MIN_CHARS = 40;

  /** Telegram's limit for one message. */
  public static final int MAX_CHARS = 4096;

  public SummaryBudget {
    if (maxSentences < MIN_SENTENCES || maxSentences > MAX_SENTENCES) {
      throw new IllegalArgumentException(
          "maxSentences must be between "
              + MIN_SENTENCES
              + " and "
              + MAX_SENTENCES
              + ": "
              + maxSentences);
    }
    if (maxChars < MIN_CHARS || maxChars > MAX_CHARS) {
      throw new IllegalArgumentException(
          "maxChars must be between " + MIN_CHARS + " and " + MAX_CHARS + ": " + maxChars);
    }
  }
}
