package dev.newsbot.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Body-text agreement as in the evaluation README: 4-word shingles counted as multisets, precision
 * and recall per page, each averaged over pages, F1 of the two averages.
 */
final class ShingleF1 {
  private static final int N = 4;

  private double precisionSum;
  private double recallSum;
  private int pages;

  /** Scores one page and adds it to the averages. */
  PrecisionRecall add(String expected, String predicted) {
    PrecisionRecall page = score(expected, predicted);
    precisionSum += page.precision();
    recallSum += page.recall();
    pages++;
    return page;
  }

  static PrecisionRecall score(String expected, String predicted) {
    Map<String, Integer> truth = shingles(expected);
    Map<String, Integer> found = shingles(predicted);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<String, Integer> e : found.entrySet()) {
      int t = truth.getOrDefault(e.getKey(), 0);
      tp += Math.min(t, e.getValue());
      fp += Math.max(0, e.getValue() - t);
    }
    long fn = 0;
    for (Map.Entry<String, Integer> e : truth.entrySet()) {
      fn += Math.max(0, e.getValue() - found.getOrDefault(e.getKey(), 0));
    }
    return PrecisionRecall.of(tp, fp, fn);
  }

  private static Map<String, Integer> shingles(String text) {
    List<String> tokens = Tokens.of(text);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + N <= tokens.size(); i++) {
      out.merge(String.join(" ", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return out;
  }

  int pages() {
    return pages;
  }

  PrecisionRecall mean() {
    return pages == 0
        ? new PrecisionRecall(0, 0)
        : new PrecisionRecall(precisionSum / pages, recallSum / pages);
  }
}
