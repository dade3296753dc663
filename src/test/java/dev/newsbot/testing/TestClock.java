package dev.newsbot.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move: either real time plus an offset, or a time they set. */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> fixed;
  private final AtomicLong offsetMillis = new AtomicLong();

  private TestClock(Instant fixed) {
    this.fixed = new AtomicReference<>(fixed);
  }

  /** Real time, which {@link #advance} moves on. */
  public static TestClock real() {
    return new TestClock(null);
  }

  /** Stands at {@code at} until moved. */
  public static TestClock at(Instant at) {
    return new TestClock(at);
  }

  public void advance(Duration by) {
    if (fixed.get() != null) {
      fixed.updateAndGet(t -> t.plus(by));
    } else {
      offsetMillis.addAndGet(by.toMillis());
    }
  }

  /** Sets a fixed clock to {@code at}. */
  public void set(Instant at) {
    if (fixed.get() == null) {
      throw new IllegalStateException("a real-time clock cannot be set, only advanced");
    }
    fixed.set(at);
  }

  @Override
  public Instant instant() {
    Instant at = fixed.get();
    return at != null ? at : Instant.now().plusMillis(offsetMillis.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
