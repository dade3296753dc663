package dev.newsbot.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final SplittableRandom random = new SplittableRandom(7);

  @Test
  void doublesFromTheFirstWaitUpToTheMaximum() {
    Backoff b = new Backoff(Duration.ofMinutes(5), Duration.ofHours(1), 0);
    assertEquals(Duration.ofMinutes(5), b.after(1, random));
    assertEquals(Duration.ofMinutes(10), b.after(2, random));
    assertEquals(Duration.ofMinutes(40), b.after(4, random));
    assertEquals(Duration.ofHours(1), b.after(5, random));
    assertEquals(Duration.ofHours(1), b.after(10_000, random), "no overflow after many failures");
  }

  @Test
  void jitterAddsUpToItsShareAndSpreadsTheWaits() {
    Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15), 0.5);
    long min = Long.MAX_VALUE;
    long max = 0;
    for (int i = 0; i < 1000; i++) {
      long ms = b.after(3, random).toMillis();
      min = Math.min(min, ms);
      max = Math.max(max, ms);
    }
    assertTrue(min >= 8000 && max <= 12000, min + ".." + max);
    assertTrue(max - min > 3000, "the waits are spread, not all alike: " + min + ".." + max);
  }

  @Test
  void refusesNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1), 0));
    assertThrows(
        IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5));
    Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0);
    assertThrows(IllegalArgumentException.class, () -> b.after(0, random));
  }
}
