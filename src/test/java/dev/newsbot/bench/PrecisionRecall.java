package dev.newsbot.bench;

/** A precision and recall pair; F1 is their harmonic mean. */
record PrecisionRecall(double precision, double recall) {
  PrecisionRecall {
    if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
      throw new IllegalArgumentException(
          "precision and recall must be in [0, 1]: " + precision + ", " + recall);
    }
  }

  double f1() {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** From counts; a page with nothing expected and nothing found scores 1 on both. */
  static PrecisionRecall of(long truePositives, long falsePositives, long falseNegatives) {
    if (falsePositives == 0 && falseNegatives == 0) {
      return new PrecisionRecall(1, 1);
    }
    if (truePositives == 0) {
      return new PrecisionRecall(0, 0);
    }
    return new PrecisionRecall(
        (double) truePositives / (truePositives + falsePositives),
        (double) truePositives / (truePositives + falseNegatives));
  }
}
