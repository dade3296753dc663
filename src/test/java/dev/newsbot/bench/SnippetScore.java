package dev.newsbot.bench;

import java.util.List;

/**
 * The trafilatura benchmark's snippet test: a "with" snippet found in the text is a true positive,
 * one missing a false negative, a "without" snippet found a false positive. Whitespace is
 * normalised; matching is case-sensitive.
 */
final class SnippetScore {
  private long truePositives;
  private long falseNegatives;
  private long falsePositives;
  private long trueNegatives;

  /** Adds one page; returns the number of snippet errors on it. */
  int add(String text, List<String> with, List<String> without) {
    String haystack = normalise(text);
    int errors = 0;
    for (String s : with) {
      if (haystack.contains(normalise(s))) {
        truePositives++;
      } else {
        falseNegatives++;
        errors++;
      }
    }
    for (String s : without) {
      if (haystack.contains(normalise(s))) {
        falsePositives++;
        errors++;
      } else {
        trueNegatives++;
      }
    }
    return errors;
  }

  static String normalise(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  PrecisionRecall result() {
    return PrecisionRecall.of(truePositives, falsePositives, falseNegatives);
  }

  double accuracy() {
    long all = truePositives + falseNegatives + falsePositives + trueNegatives;
    return all == 0 ? 0 : (double) (truePositives + trueNegatives) / all;
  }
}
