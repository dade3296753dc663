package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Picks the set of sentences that fits the budget and promises the most summary per word: every set
 * of the best few candidates that keeps to the budget is tried, valued as its expected matching
 * terms (score times length, less what overlapping pairs repeat) over its length plus the target
 * length. This is the shape of an F1 score, so a sentence joins only when it adds more than it
 * dilutes.
 */
final class SentenceSelector {
  /**
   * Sets of the best 10 candidates: at most 1024 to value whatever the article length and budget,
   * 175 with the default three sentences.
   */
  private static final int POOL = 10;

  /**
   * The antecedent mask of a member that points back to a sentence outside the pool: a bit no
   * member has, so no set satisfies it and the member is never tried.
   */
  private static final int NOWHERE = 1 << 30;

  private final ScoringWeights weights;
  private final Restatement restatement;

  SentenceSelector(ScoringWeights weights, Restatement restatement) {
    this.weights = weights;
    this.restatement = restatement;
  }

  /**
   * The indices of the chosen candidates in ascending order, or an empty list when no single
   * candidate fits the character budget. {@code english}: whether the candidates are English, the
   * only language whose sentences {@link BackReference} can tell point back.
   */
  List<Integer> select(
      List<Candidate> candidates,
      double[] scores,
      List<SparseVector> vectors,
      SummaryBudget budget,
      boolean english) {
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
    Search search =
        new Search(
            value,
            chars,
            length,
            overlap,
            english ? antecedents(pool, candidates) : new int[k],
            budget);
    search.extend(0, 0, -1, 0, 0);
    int best = search.best;
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
   * thing, by cosine or by {@link Restatement}, or are two forms of one sentence.
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
            cos > weights.duplicate()
                    || restatement.repeats(content.get(a), content.get(b))
                    || sameSentence(candidates.get(pool[a]), candidates.get(pool[b]))
                ? Double.POSITIVE_INFINITY
                : weights.redundancy() * cos * Math.min(value[a], value[b]);
      }
    }
    return overlap;
  }

  /**
   * For each pool member that points back ({@link BackReference}), the set of pool members it may
   * follow: the forms of the sentence just before it. Zero for the others, which need none.
   */
  private static int[] antecedents(int[] pool, List<Candidate> candidates) {
    int[] needs = new int[pool.length];
    for (int a = 0; a < pool.length; a++) {
      Candidate c = candidates.get(pool[a]);
      if (c.position() <= 0 || !BackReference.pointsBack(c.text())) {
        continue;
      }
      needs[a] = NOWHERE;
      for (int b = 0; b < pool.length; b++) {
        if (candidates.get(pool[b]).position() == c.position() - 1) {
          needs[a] |= 1 << b;
        }
      }
    }
    return needs;
  }

  /** A sentence and its trimmed form ({@link ClauseTrimmer}) are one sentence, shown once. */
  private static boolean sameSentence(Candidate a, Candidate b) {
    return a.position() == b.position();
  }

  /**
   * Walks every set of pool members, smallest index first, that keeps to the budget and does not
   * repeat itself, and remembers the worthiest. A set that breaks the budget or repeats itself
   * cannot be mended by adding members, so its supersets are never visited.
   */
  private final class Search {
    private final double[] value;
    private final int[] chars;
    private final int[] length;
    private final double[][] overlap;
    private final int[] needs;
    private final SummaryBudget budget;
    private int best;
    private double bestValue = Double.NEGATIVE_INFINITY;

    Search(
        double[] value,
        int[] chars,
        int[] length,
        double[][] overlap,
        int[] needs,
        SummaryBudget budget) {
      this.value = value;
      this.chars = chars;
      this.length = length;
      this.overlap = overlap;
      this.needs = needs;
      this.budget = budget;
    }

    /**
     * Values {@code set} (when not empty) and every set made by adding members from {@code from}
     * on; {@code totalChars} counts one joining space per member, less one.
     */
    void extend(int set, int from, int totalChars, int totalLength, double total) {
      if (set != 0 && followsWhatItPointsBackTo(set)) {
        double v = total / (totalLength + weights.targetLength());
        if (v > bestValue) {
          bestValue = v;
          best = set;
        }
      }
      if (Integer.bitCount(set) == budget.maxSentences()) {
        return;
      }
      for (int a = from; a < value.length; a++) {
        int newChars = totalChars + chars[a] + 1;
        if (newChars > budget.maxChars() || needs[a] == NOWHERE) {
          continue;
        }
        double added = value[a];
        for (int b = 0; b < a; b++) {
          if ((set & 1 << b) != 0) {
            added -= overlap[b][a];
          }
        }
        if (added != Double.NEGATIVE_INFINITY) {
          extend(set | 1 << a, a + 1, newChars, totalLength + length[a], total + added);
        }
      }
    }

    /**
     * Whether every member of {@code set} that points back comes with the sentence before it. Not a
     * reason to stop extending: the sentence before may join later.
     */
    private boolean followsWhatItPointsBackTo(int set) {
      for (int a = 0; a < needs.length; a++) {
        if ((set & 1 << a) != 0 && needs[a] != 0 && (set & needs[a]) == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
