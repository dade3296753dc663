package dev.newsbot.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A percentile bootstrap over articles for the mean difference between two systems' scores on the
 * same articles: tells a real gain from the luck of a 50- or 100-article sample.
 */
final class PairedBootstrap {
  private static final int RESAMPLES = 10_000;

  private PairedBootstrap() {}

  /** The difference of means, a-b, and its 95% interval; seeded, so runs repeat exactly. */
  record Interval(double mean, double low, double high) {}

  static Interval difference(List<Double> a, List<Double> b) {
    if (a.size() != b.size() || a.isEmpty()) {
      throw new IllegalArgumentException(
          "need paired, non-empty scores: " + a.size() + " vs " + b.size());
    }
    int n = a.size();
    double[] diff = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      diff[i] = a.get(i) - b.get(i);
      sum += diff[i];
    }
    Random random = new Random(20260101L);
    double[] means = new double[RESAMPLES];
    for (int r = 0; r < RESAMPLES; r++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += diff[random.nextInt(n)];
      }
      means[r] = s / n;
    }
    Arrays.sort(means);
    return new Interval(
        sum / n, means[(int) (0.025 * RESAMPLES)], means[(int) (0.975 * RESAMPLES) - 1]);
  }
}
