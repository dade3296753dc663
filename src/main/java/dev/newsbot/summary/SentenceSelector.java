package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Picks the set of sentences that fits the budget and promises the most summary per word: every
 * subset of the best few candidates is tried, valued as its expected matching terms (score times
 * length, less what overlapping pairs repeat) over its length plus the target length. This is the
 * shape of an F1 score, so a sentence joins only when it adds more than it dilutes.
 */
final class SentenceSelector {
  /** Subsets of the best 10 candidates: at most 1024 sets to value, whatever the article length. */
  private static final int POOL = 10;

  private final ScoringWeights weights;
  private final Restatement restatement;

  SentenceSelector(ScoringWeights weights, Restatement restatement) {
    this.weights = weights;
    this.restatement = restatement;
  }

  /**
   * The indices of the chosen candidates in ascending order, or an empty list when no single
   * candidate fits the character budget.
   */
  List<Integer> select(
      List<Candidate> candidates,
      double[] scores,
      List<SparseVector> vectors,
      SummaryBudget budget) {
    int[] pool =
        IntStream.range(0, candidates.size())
            .boxed()
            .sorted(Comparator.comparingDouble((Integer i) -> -scores[i]))
            .limit(POOL)
            .mapToInt(Integer::intValue)
            .toArray();
    int k = pool.length;
    double[] value = new double[k];
    int[] chars = new int[k];
    int[] length = new int[k];
    for (int a = 0; a < k; a++) {
      Candidate c = candidates.get(pool[a]);
      length[a] = c.length();
      value[a] = scores[pool[a]] * length[a];
      chars[a] = c.text().length();
    }
    double[][] overlap = overlaps(pool, candidates, vectors, value);
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int set = 1; set < 1 << k; set++) {
      double v = value(set, value, chars, length, overlap, budget);
      if (v > bestValue) {
        bestValue = v;
        best = set;
      }
    }
    List<Integer> chosen = new ArrayList<>();
    for (int a = 0; a < k; a++) {
      if ((best & 1 << a) != 0) {
        chosen.add(pool[a]);
      }
    }
    chosen.sort(Comparator.naturalOrder());
    return chosen;
  }

  /**
   * What each pair of pool members repeats of each other; infinite when they say nearly the same
   * thing, by cosine or by {@link Restatement}.
   */
  private double[][] overlaps(
      int[] pool, List<Candidate> candidates, List<SparseVector> vectors, double[] value) {
    int k = pool.length;
    List<Set<String>> content = new ArrayList<>(k);
    for (int i : pool) {
      content.add(restatement.content(candidates.get(i)));
    }
    double[][] overlap = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double cos = vectors.get(pool[a]).cosine(vectors.get(pool[b]));
        overlap[a][b] =
            cos > weights.duplicate() || restatement.repeats(content.get(a), content.get(b))
                ? Double.POSITIVE_INFINITY
                : weights.redundancy() * cos * Math.min(value[a], value[b]);
      }
    }
    return overlap;
  }

  /** The set's worth, or negative infinity when it breaks the budget or repeats itself. */
  private double value(
      int set,
      double[] value,
      int[] chars,
      int[] length,
      double[][] overlap,
      SummaryBudget budget) {
    if (Integer.bitCount(set) > budget.maxSentences()) {
      return Double.NEGATIVE_INFINITY;
    }
    int totalChars = -1;
    int totalLength = 0;
    double total = 0;
    for (int a = 0; a < value.length; a++) {
      if ((set & 1 << a) == 0) {
        continue;
      }
      totalChars += chars[a] + 1;
      totalLength += length[a];
      total += value[a];
      for (int b = a + 1; b < value.length; b++) {
        if ((set & 1 << b) != 0) {
          total -= overlap[a][b];
        }
      }
    }
    if (totalChars > budget.maxChars()) {
      return Double.NEGATIVE_INFINITY;
    }
    return total / (totalLength + weights.targetLength());
  }
}
