package dev.newsbot.summary;

/** Term weights of one sentence, by term id in ascending order; compared by cosine. */
final class SparseVector {
  private final int[] ids;
  private final double[] weights;
  private final double norm;

  /**
   * Takes ownership of the arrays: {@code ids} strictly ascending, same length as {@code weights}.
   */
  SparseVector(int[] ids, double[] weights) {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          "ids and weights differ in length: " + ids.length + " != " + weights.length);
    }
    this.ids = ids;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  boolean isEmpty() {
    return norm == 0;
  }

  /** Cosine similarity in [0, 1] (weights are non-negative); 0 when either vector is empty. */
  double cosine(SparseVector other) {
    return norm == 0 || other.norm == 0 ? 0 : dot(other) / (norm * other.norm);
  }

  /** Cosine with {@code whole - this}: how well this sentence matches the rest of the article. */
  double cosineWithRest(SparseVector whole) {
    double dot = 0;
    double restNormSq = 0;
    int j = 0;
    for (int k = 0; k < whole.ids.length; k++) {
      double rest = whole.weights[k];
      while (j < ids.length && ids[j] < whole.ids[k]) {
        j++;
      }
      if (j < ids.length && ids[j] == whole.ids[k]) {
        rest -= weights[j];
        dot += weights[j] * rest;
      }
      restNormSq += rest * rest;
    }
    return norm == 0 || restNormSq <= 1e-12 ? 0 : Math.max(0, dot) / (norm * Math.sqrt(restNormSq));
  }

  private double dot(SparseVector other) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }
}
