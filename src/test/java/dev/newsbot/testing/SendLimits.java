package dev.newsbot.testing;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Telegram's send limits as {@link FakeTelegram} enforces them: exact sliding windows over the
 * instants accepted sends arrived, bot-wide (a second) and per chat (a second; a group, chat id
 * below 0: 20 in a minute). Keeps every accepted arrival, so a run can show the most sends any
 * window held. Not thread-safe: the fake calls it with its lock held.
 */
final class SendLimits {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);
  private static final long MINUTE = TimeUnit.MINUTES.toNanos(1);
  private static final int GROUP_PER_MINUTE = 20;
  private static final int SWEEP_EVERY = 4096;

  private int globalPerSecond;
  private int perChatPerSecond;
  private final ArrayDeque<Long> window = new ArrayDeque<>();
  private final Map<Long, ArrayDeque<Long>> byChat = new HashMap<>();
  private long[] arrivals = new long[1024];
  private int count;
  private int refusedBotWide;
  private int refusedPerChat;

  /** From now on refuses sends over these limits; 0 for {@code globalPerSecond}: no limits. */
  void enforce(int globalPerSecond, int perChatPerSecond) {
    this.globalPerSecond = globalPerSecond;
    this.perChatPerSecond = perChatPerSecond;
  }

  /**
   * 0 when a send to {@code chatId} arriving at {@code now} is within the limits; otherwise counts
   * the refusal and returns the whole seconds (at least 1) until its window has room.
   */
  long retryAfterSeconds(long chatId, long now) {
    if (globalPerSecond <= 0) {
      return 0;
    }
    while (!window.isEmpty() && window.peekFirst() <= now - SECOND) {
      window.pollFirst();
    }
    if (window.size() >= globalPerSecond) {
      refusedBotWide++;
      return seconds(window.peekFirst() + SECOND - now);
    }
    boolean group = chatId < 0;
    long span = group ? MINUTE : SECOND;
    int limit = group ? GROUP_PER_MINUTE : perChatPerSecond;
    ArrayDeque<Long> chat = byChat.get(chatId);
    if (chat == null) {
      return 0;
    }
    while (!chat.isEmpty() && chat.peekFirst() <= now - span) {
      chat.pollFirst();
    }
    if (chat.size() >= limit) {
      refusedPerChat++;
      // the oldest sends that must leave the window before one more fits
      long[] times = chat.stream().mapToLong(Long::longValue).toArray();
      return seconds(times[chat.size() - limit] + span - now);
    }
    return 0;
  }

  private static long seconds(long nanos) {
    return Math.max(1, (nanos + SECOND - 1) / SECOND);
  }

  /** Counts a send to {@code chatId} accepted at {@code now} (no earlier than the last one). */
  void accepted(long chatId, long now) {
    window.addLast(now);
    byChat.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addLast(now);
    if (count == arrivals.length) {
      arrivals = Arrays.copyOf(arrivals, count * 2);
    }
    arrivals[count++] = now;
    if (count % SWEEP_EVERY == 0) { // chats whose window is empty need no entry
      byChat.values().removeIf(times -> times.peekLast() <= now - MINUTE);
    }
  }

  int refusedBotWide() {
    return refusedBotWide;
  }

  int refusedPerChat() {
    return refusedPerChat;
  }

  long first() {
    return count == 0 ? 0 : arrivals[0];
  }

  long last() {
    return count == 0 ? 0 : arrivals[count - 1];
  }

  long[] arrivals() {
    return Arrays.copyOf(arrivals, count);
  }

  /** The most of the ordered {@code times} within any window of {@code span} nanoseconds. */
  static int maxIn(long[] times, long span) {
    int most = 0;
    int start = 0;
    for (int end = 0; end < times.length; end++) {
      while (times[end] - times[start] >= span) {
        start++;
      }
      most = Math.max(most, end - start + 1);
    }
    return most;
  }
}
