package dev.newsbot.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many links chat users may have fetched: so many per chat in any sliding minute, and so many
 * at once for the whole bot.
 */
public final class UserFetchLimits {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  /** What {@link #admit} decided. */
  public sealed interface Admission {
    /** Go ahead; close the permit when the fetch is over. */
    record Admitted(Permit permit) implements Admission {}

    /** This chat had its fetches for the minute. */
    record ChatOverLimit() implements Admission {}

    /** The bot is fetching as many links as it will at once. */
    record BotBusy() implements Admission {}
  }

  /** Held while one user fetch runs. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final int perChatPerMinute;
  private final Semaphore atOnce;
  private final Clock clock;
  private final Map<Long, Deque<Instant>> recent = new HashMap<>();

  public UserFetchLimits(int perChatPerMinute, int atOnce, Clock clock) {
    if (perChatPerMinute < 1 || atOnce < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + perChatPerMinute + " a minute, " + atOnce + " at once");
    }
    this.perChatPerMinute = perChatPerMinute;
    this.atOnce = new Semaphore(atOnce);
    this.clock = clock;
  }

  /** Admits one fetch for {@code chat}, or says which limit it is over; never waits. */
  public Admission admit(long chat) {
    Instant now = clock.instant();
    synchronized (recent) {
      Deque<Instant> times = recent.computeIfAbsent(chat, c -> new ArrayDeque<>());
      while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= perChatPerMinute) {
        return new Admission.ChatOverLimit();
      }
      if (!atOnce.tryAcquire()) {
        if (times.isEmpty()) {
          recent.remove(chat);
        }
        return new Admission.BotBusy();
      }
      times.addLast(now);
      Instant horizon = now.minus(WINDOW);
      recent.values().removeIf(t -> t.isEmpty() || !t.peekLast().isAfter(horizon)); // quiet chats
    }
    AtomicBoolean open = new AtomicBoolean(true);
    return new Admission.Admitted(
        () -> {
          if (open.getAndSet(false)) {
            atOnce.release();
          }
        });
  }
}
