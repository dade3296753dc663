package dev.newsbot.summary;

import java.util.List;
import java.util.Set;

/**
 * Tells English text from other languages, cheaply, by how many of its words are common English
 * function words that other languages rarely write. The summary request carries no language, and a
 * page's own tag is often wrong (templates say {@code lang="en"} over placeholder or Malay text),
 * so the words decide.
 */
final class EnglishText {
  /**
   * Frequent in any English text, rare as words elsewhere: no "a", "in", "an", "so", "no" or "die",
   * which German, French, Spanish, Italian or Malay write too.
   */
  private static final Set<String> MARKERS =
      Set.of(
          "the", "and", "of", "to", "that", "is", "was", "for", "with", "he", "she", "it", "on",
          "are", "be", "by", "this", "from", "have", "has", "had", "they", "his", "her", "which",
          "were", "said", "will", "would", "not", "but", "at", "or", "their", "who", "been", "its");

  /**
   * The least share of markers in English. News prose has a fifth to a third (CNN/DailyMail
   * articles 0.20 and up, English news pages of the extraction tests 0.18 and up, English pages of
   * the Readability tests 0.16 and up but for one page of formulas); German, French, Spanish,
   * Portuguese and Czech pages 0.06 at most, Chinese and Japanese none.
   */
  private static final double MIN_MARKERS = 0.1;

  private EnglishText() {}

  /** Whether {@code sentences}, taken together, read as English. */
  static boolean isEnglish(List<Candidate> sentences) {
    int all = 0;
    int markers = 0;
    for (Candidate c : sentences) {
      for (String term : c.terms()) {
        all++;
        if (MARKERS.contains(term)) {
          markers++;
        }
      }
    }
    return all > 0 && markers >= MIN_MARKERS * all;
  }
}
