package dev.newsbot.fetch;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.newsbot.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserFetchLimitsTest {
  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T00:00:00Z"));
  private final UserFetchLimits limits = new UserFetchLimits(5, 4, clock);

  private UserFetchLimits.Permit admitted(long chat) {
    return assertInstanceOf(UserFetchLimits.Admission.Admitted.class, limits.admit(chat)).permit();
  }

  @Test
  void admitsFiveAMinutePerChatInASlidingWindow() {
    for (int i = 0; i < 5; i++) {
      admitted(1).close();
      clock.advance(Duration.ofSeconds(10));
    }
    assertInstanceOf(UserFetchLimits.Admission.ChatOverLimit.class, limits.admit(1));
    admitted(2).close(); // another chat is not held back
    clock.advance(Duration.ofSeconds(11)); // the first one is now over a minute old
    admitted(1).close();
    assertInstanceOf(UserFetchLimits.Admission.ChatOverLimit.class, limits.admit(1));
  }

  @Test
  void admitsFourAtOnceForTheWholeBot() {
    List<UserFetchLimits.Permit> running = new ArrayList<>();
    for (int chat = 1; chat <= 4; chat++) {
      running.add(admitted(chat));
    }
    assertInstanceOf(UserFetchLimits.Admission.BotBusy.class, limits.admit(5));
    running.get(0).close();
    running.get(0).close(); // closing twice frees one slot, not two
    admitted(5);
    assertInstanceOf(UserFetchLimits.Admission.BotBusy.class, limits.admit(6));
  }

  @Test
  void aBusyBotDoesNotUseUpTheChatsMinute() {
    List<UserFetchLimits.Permit> running = new ArrayList<>();
    for (int chat = 1; chat <= 4; chat++) {
      running.add(admitted(chat));
    }
    for (int i = 0; i < 10; i++) {
      assertInstanceOf(UserFetchLimits.Admission.BotBusy.class, limits.admit(9));
    }
    running.forEach(UserFetchLimits.Permit::close);
    clock.advance(Duration.ofSeconds(1));
    admitted(9).close();
  }
}
