package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Telegram's limits, kept on our side so that 429s stay rare: one bot-wide rate (sends evenly
 * spaced), about one message a second per private chat with short bursts, twenty a minute per
 * group, and pauses when Telegram asks for them.
 */
public final class SendLimiter {
  private static final long SECOND = 1_000_000_000L;

  /** Private chats: a burst of 3, then one a second. */
  private static final long PRIVATE_INTERVAL = SECOND;

  /** Groups and channels: 20 a minute, a burst of 3. */
  private static final long GROUP_INTERVAL = 3 * SECOND;

  private static final int BURST = 3;

  private final long globalInterval;
  private final LongSupplier nanoTime;
  private final Map<ChatId, long[]> chatTheoreticalArrival = new ConcurrentHashMap<>();
  private long nextGlobal;
  private volatile long pausedUntil;

  /**
   * @param perSecond the bot-wide limit
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  public SendLimiter(int perSecond, LongSupplier nanoTime) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond < 1: " + perSecond);
    }
    this.globalInterval = SECOND / perSecond;
    this.nanoTime = nanoTime;
    this.nextGlobal = nanoTime.getAsLong();
  }

  /**
   * When {@code chat} may next be sent to, on the {@link #now()} scale; at or before now means it
   * may be sent to now. A generic cell rate algorithm: each send moves the chat's theoretical
   * arrival time on by one interval, and up to a burst may be early.
   */
  public long chatReadyAt(ChatId chat) {
    long[] tat = chatTheoreticalArrival.get(chat);
    long interval = interval(chat);
    long ready = tat == null ? Long.MIN_VALUE : tat[0] - (BURST - 1) * interval;
    return Math.max(ready, pausedUntil);
  }

  /** Records a send to {@code chat} now. */
  public void chatSent(ChatId chat) {
    long now = now();
    long interval = interval(chat);
    chatTheoreticalArrival.compute(
        chat,
        (c, tat) -> {
          long base = tat == null ? now : Math.max(tat[0], now);
          return new long[] {base + interval};
        });
  }

  /** Holds {@code chat} back for {@code wait}, as Telegram asked in a 429. */
  public void pauseChat(ChatId chat, Duration wait) {
    long until = now() + wait.toNanos();
    long interval = interval(chat);
    chatTheoreticalArrival.compute(
        chat,
        (c, tat) -> {
          long atLeast = until + (BURST - 1) * interval;
          return new long[] {tat == null ? atLeast : Math.max(tat[0], atLeast)};
        });
  }

  /** Holds every send back for {@code wait}: a bot-wide flood wait. */
  public void pauseAll(Duration wait) {
    pausedUntil = Math.max(pausedUntil, now() + wait.toNanos());
  }

  /** Blocks until the bot-wide rate allows one more send, and takes it. */
  public void acquireGlobal() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = now();
      long slot = Math.max(Math.max(nextGlobal, now), pausedUntil);
      nextGlobal = slot + globalInterval;
      wait = slot - now;
    }
    if (wait > 0) {
      java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** Forgets chats that have been quiet, so that the map does not grow without end. */
  public void forgetIdle() {
    long now = now();
    chatTheoreticalArrival.values().removeIf(tat -> tat[0] < now - 60 * SECOND);
  }

  public long now() {
    return nanoTime.getAsLong();
  }

  private static long interval(ChatId chat) {
    return chat.value() < 0 ? GROUP_INTERVAL : PRIVATE_INTERVAL;
  }
}
