package dev.newsbot.command;

import dev.newsbot.subscription.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Notices a chat sending commands faster than a person would: more than so many in a sliding
 * minute. Such a chat is told once to slow down, and ignored for a minute.
 */
final class FloodGuard {
  private static final Duration WINDOW = Duration.ofMinutes(1);

  /** What to do with one command. */
  enum Verdict {
    ANSWER,
    WARN,
    IGNORE
  }

  private final int perMinute;
  private final Clock clock;
  private final Map<ChatId, Deque<Instant>> recent = new HashMap<>();
  private final Map<ChatId, Instant> ignoredUntil = new HashMap<>();

  FloodGuard(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  synchronized Verdict check(ChatId chat) {
    Instant now = clock.instant();
    Instant until = ignoredUntil.get(chat);
    if (until != null) {
      if (now.isBefore(until)) {
        return Verdict.IGNORE;
      }
      ignoredUntil.remove(chat);
      recent.remove(chat);
    }
    Deque<Instant> times = recent.computeIfAbsent(chat, c -> new ArrayDeque<>());
    Instant horizon = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
      times.pollFirst();
    }
    times.addLast(now);
    recent.values().removeIf(t -> !t.peekLast().isAfter(horizon));
    if (times.size() > perMinute) {
      ignoredUntil.put(chat, now.plus(WINDOW));
      return Verdict.WARN;
    }
    return Verdict.ANSWER;
  }
}
