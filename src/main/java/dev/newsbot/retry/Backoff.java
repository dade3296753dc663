package dev.newsbot.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off: {@code first} after one failure, doubled after each further one, up to
 * {@code max}; then up to {@code jitter} of that added at random, so that many waiters that failed
 * together do not all come back together.
 *
 * @param jitter a fraction from 0 (none) to 1 (up to twice the wait)
 */
public record Backoff(Duration first, Duration max, double jitter) {
  public Backoff {
    Objects.requireNonNull(first, "first == null");
    Objects.requireNonNull(max, "max == null");
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException("need 0 < first <= max: " + first + ", " + max);
    }
    if (!(jitter >= 0 && jitter <= 1)) {
      throw new IllegalArgumentException("jitter not in [0, 1]: " + jitter);
    }
  }

  /** The wait after {@code failures} consecutive failures (1 or more). */
  public Duration after(int failures, RandomGenerator random) {
    if (failures < 1) {
      throw new IllegalArgumentException("failures < 1: " + failures);
    }
    long maxMillis = max.toMillis();
    long base = first.toMillis();
    for (int i = 1; i < failures && base < maxMillis; i++) {
      base *= 2;
    }
    base = Math.min(base, maxMillis);
    long extra = jitter == 0 ? 0 : (long) (random.nextDouble() * jitter * base);
    return Duration.ofMillis(base + extra);
  }
}
