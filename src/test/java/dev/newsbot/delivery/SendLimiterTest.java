package dev.newsbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.SendLimiter.Kind;
import dev.newsbot.delivery.SendLimiter.Verdict;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The limiter on a fake clock: time moves only when a test moves it, so nothing sleeps. */
class SendLimiterTest {
  private static final long SECOND = SendLimiter.SECOND;
  private static final long MILLI = SendLimiter.MILLI;

  private long now = 1_000 * SECOND;

  private SendLimiter limiter(int rate, boolean paid) {
    return new SendLimiter(rate, paid, () -> now);
  }

  /**
   * Waits as the limiter says until the slot is taken, and sends at once; returns the nanoseconds
   * waited.
   */
  private long acquire(SendLimiter limiter, ChatId chat, Kind kind) {
    long start = now;
    acquireOnly(limiter, chat, kind);
    limiter.onWire();
    return now - start;
  }

  /** Waits until the slot is taken; the send has not gone out yet. */
  private void acquireOnly(SendLimiter limiter, ChatId chat, Kind kind) {
    long wait;
    while ((wait = limiter.tryAcquire(chat, kind)) > 0) {
      now += wait;
    }
  }

  @Test
  void neverMoreThanTheRateInAnySlidingSecondYetCloseToIt() {
    for (int rate : new int[] {25, 100, 1000}) {
      SendLimiter limiter = limiter(rate, rate > 30);
      Deque<Long> window = new ArrayDeque<>();
      long start = now;
      int most = 0;
      int sent = 0;
      while (now - start < 20 * SECOND) {
        acquire(limiter, new ChatId(++sent), Kind.PUSH);
        window.addLast(now);
        while (window.peekFirst() <= now - SECOND) {
          window.pollFirst();
        }
        most = Math.max(most, window.size());
      }
      assertTrue(most <= rate, rate + "/s: " + most + " sends in one second");
      double achieved = sent / ((now - start) / (double) SECOND);
      assertTrue(achieved >= 0.97 * rate, rate + "/s: only " + achieved + " a second");
      now += 10 * SECOND;
    }
  }

  @Test
  void instancesSharingTheRateEachKeepToTheirWholePart() {
    SendLimiter limiter = limiter(10, false);
    limiter.share(3);
    assertEquals(3, limiter.rate(), "10 among 3: 3 each, 9 in all");
    long start = now;
    for (int i = 1; i <= 7; i++) {
      acquire(limiter, new ChatId(i), Kind.PUSH);
    }
    assertTrue(now - start >= 2 * SECOND, "7 sends at 3/s span over 2 s: " + (now - start));
    limiter.share(1);
    assertEquals(10, limiter.rate(), "alone again: the whole rate");
  }

  @Test
  void aPrivateChatGetsOneSendASecondAndAGroupOneEveryThree() {
    SendLimiter limiter = limiter(30, false);
    ChatId user = new ChatId(7);
    ChatId group = new ChatId(-100123);
    assertEquals(0, acquire(limiter, user, Kind.PUSH));
    long waited = acquire(limiter, user, Kind.PUSH);
    assertTrue(waited >= SECOND && waited <= SECOND + 30 * MILLI, "waited " + waited);
    acquire(limiter, group, Kind.PUSH);
    long groupWait = acquire(limiter, group, Kind.PUSH);
    assertTrue(groupWait >= 3 * SECOND && groupWait <= 3 * SECOND + 30 * MILLI, "" + groupWait);
    assertTrue(acquire(limiter, new ChatId(8), Kind.PUSH) < 20 * MILLI, "other chats are not held");
  }

  @Test
  void aWaitingReplyTakesTheNextSlotBeforeAnyPush() {
    SendLimiter limiter = limiter(5, false);
    for (int i = 1; i <= 5; i++) {
      acquire(limiter, new ChatId(i), Kind.PUSH);
    }
    limiter.replyWaiting();
    now += 2 * SECOND; // the window has room again
    assertTrue(limiter.tryAcquire(new ChatId(100), Kind.PUSH) > 0, "no push while a reply waits");
    assertEquals(0, limiter.tryAcquire(new ChatId(42), Kind.REPLY));
    limiter.onWire();
    limiter.replyDone();
    now += SECOND / 10; // the spacing between any two sends at 5/s
    assertEquals(0, limiter.tryAcquire(new ChatId(100), Kind.PUSH));
  }

  @Test
  void withPaidBroadcastsRepliesKeepToTheFreeRateBesideThePushes() {
    SendLimiter limiter = limiter(1000, true);
    long start = now;
    for (int i = 1; i <= 90; i++) {
      acquire(limiter, new ChatId(i), Kind.REPLY);
    }
    double seconds = (now - start) / (double) SECOND;
    assertTrue(seconds >= 2, "90 replies took only " + seconds + " s: over 30 a second");
    long pushesFrom = now;
    for (int i = 1; i <= 500; i++) {
      acquire(limiter, new ChatId(10_000 + i), Kind.PUSH);
    }
    assertTrue(now - pushesFrom < SECOND / 2, "the free rate does not hold paid pushes back");
  }

  @Test
  void aChatHeldByTelegramWaitsAsLongAsItWasToldAndNobodyElseDoes() {
    SendLimiter limiter = limiter(30, false);
    ChatId chat = new ChatId(5);
    acquire(limiter, chat, Kind.PUSH);
    now += 2 * SECOND;
    acquire(limiter, chat, Kind.PUSH);
    assertEquals(Verdict.CHAT, limiter.rateLimited(chat, Duration.ofSeconds(7)));
    assertEquals(7 * SECOND, limiter.chatWait(chat));
    now += 100 * MILLI;
    assertEquals(0, acquire(limiter, new ChatId(6), Kind.PUSH));
    assertEquals(Duration.ofMillis(20), limiter.guard(), "a chat's 429 does not widen the guard");
  }

  @Test
  void atTheConfiguredRateA429WidensTheGuardAndOnlyThosePastJitterAreAFloodWait() {
    SendLimiter limiter = limiter(100, true);
    assertEquals(Verdict.BOT_WIDE, limiter.rateLimited(new ChatId(1), Duration.ofSeconds(2)));
    assertEquals(Duration.ofMillis(30), limiter.guard());
    assertEquals(100, limiter.rate(), "jitter, not the rate");
    assertEquals(0, acquire(limiter, new ChatId(50), Kind.PUSH), "one 429 holds only its chat");
    assertEquals(Verdict.BOT_WIDE, limiter.rateLimited(new ChatId(2), Duration.ofSeconds(2)));
    assertEquals(Duration.ofMillis(30), limiter.guard(), "a burst of 429s is one step");
    int chat = 3;
    Verdict verdict;
    do { // a second of 429s after another: jitter until the guard is 100 ms wide
      now += 1100 * MILLI;
      verdict = limiter.rateLimited(new ChatId(chat++), Duration.ofSeconds(2));
    } while (verdict == Verdict.BOT_WIDE);
    assertEquals(Verdict.FLOOD, verdict);
    assertEquals(100, limiter.guard().toMillis(), 2);
    assertEquals(84, limiter.rate(), "a sixth less");
    long waited = acquire(limiter, new ChatId(51), Kind.PUSH);
    assertEquals(2 * SECOND, waited, "everyone waits for the flood");
    now += 1100 * MILLI;
    assertEquals(Verdict.BOT_WIDE, limiter.rateLimited(new ChatId(52), Duration.ofSeconds(1)));
    assertEquals(83, limiter.rate(), "below the configured rate, a 429 costs one a second");
    now += 60 * SECOND;
    assertEquals(89, limiter.rate(), "one more a second for every ten quiet seconds");
    now += 600 * SECOND;
    assertEquals(100, limiter.rate(), "back to the configured rate, never above");
    assertEquals(Duration.ofMillis(20), limiter.guard(), "the guard shrinks back when quiet");
  }

  @Test
  void atTheStatedRateAServerThatEnforcesItExactlySeesFew429s() {
    for (int rate : new int[] {25, 100, 1000}) {
      Run run = simulate(limiter(rate, rate > 30), new Server(rate), 120);
      double achieved = run.accepted / 120.0;
      assertTrue(achieved >= 0.95 * rate, rate + "/s: achieved only " + achieved);
      assertTrue(run.refused <= 0.005 * run.accepted, rate + "/s: " + run.refused + " 429s");
    }
  }

  @Test
  void configuredAboveWhatTheServerAllowsItSettlesJustUnderTheServer() {
    Run run = simulate(limiter(100, true), new Server(30), 600);
    double lastMinute = run.acceptedInLastMinute / 60.0;
    assertTrue(lastMinute >= 0.9 * 30 && lastMinute <= 30, "settled at " + lastMinute + "/s");
    assertTrue(
        run.refusedAfterFirstMinute < 0.01 * run.accepted,
        "429s once settled: " + run.refusedAfterFirstMinute + " of " + run.accepted);
  }

  /** What a server saw of a greedy broadcast, one new chat per send. */
  private static final class Run {
    int accepted;
    int refused;
    int acceptedInLastMinute;
    int refusedAfterFirstMinute;
  }

  private Run simulate(SendLimiter limiter, Server server, int seconds) {
    Run run = new Run();
    long start = now;
    long end = start + seconds * SECOND;
    for (int chat = 1; now < end; chat++) {
      acquire(limiter, new ChatId(chat), Kind.PUSH);
      if (server.accepts(now)) {
        run.accepted++;
        if (now > end - 60 * SECOND) {
          run.acceptedInLastMinute++;
        }
      } else {
        run.refused++;
        if (now > start + 60 * SECOND) {
          run.refusedAfterFirstMinute++;
        }
        // the 429 comes back a round trip later; meanwhile others are sent (not modelled)
        now += 100 * MILLI;
        limiter.rateLimited(new ChatId(chat), Duration.ofSeconds(1));
      }
    }
    return run;
  }

  /**
   * The first send of a burst goes out late (it waited for a connection): Telegram counts it when
   * it arrives, so the send one window later waits for a second after it went out, not after the
   * grant. Its answer, later still, changes nothing.
   */
  @Test
  void aSendCountsFromWhenItsRequestGoesOut() {
    SendLimiter limiter = limiter(5, false);
    long first = now;
    acquireOnly(limiter, new ChatId(1), Kind.PUSH);
    now = first + 80 * MILLI;
    limiter.onWire();
    for (int chat = 2; chat <= 5; chat++) {
      acquire(limiter, new ChatId(chat), Kind.PUSH);
    }
    now = first + 600 * MILLI;
    limiter.answered(new ChatId(1), 600 * MILLI);

    acquire(limiter, new ChatId(6), Kind.PUSH);

    long guard = limiter.guard().toNanos();
    assertEquals(first + 1080 * MILLI + guard, now, "a second and the guard after it went out");
  }

  /**
   * A send whose request was not seen going out counts from its answer, before which it arrived.
   */
  @Test
  void aSendNotSeenGoingOutCountsFromItsAnswer() {
    SendLimiter limiter = limiter(1, false);
    long first = now;
    acquireOnly(limiter, new ChatId(1), Kind.PUSH);
    now = first + 500 * MILLI;
    limiter.answered(new ChatId(1), 500 * MILLI);

    acquire(limiter, new ChatId(2), Kind.PUSH);

    assertEquals(first + 1500 * MILLI + limiter.guard().toNanos(), now);
  }

  @Test
  void inFlightFollowsTheRateAndTheRoundTrip() {
    SendLimiter slow = limiter(25, false);
    SendLimiter fast = limiter(1000, true);
    for (int i = 0; i < 100; i++) {
      slow.answered(new ChatId(1), 100 * MILLI);
      fast.answered(new ChatId(1), 100 * MILLI);
    }
    assertEquals(6, slow.inFlight(), "25/s × 0.1 s × 2 + 1");
    assertEquals(201, fast.inFlight(), "1000/s × 0.1 s × 2 + 1");
    for (int i = 0; i < 100; i++) {
      fast.answered(new ChatId(1), 5 * SECOND);
    }
    assertEquals(512, fast.inFlight(), "bounded");
  }

  /** A Bot API server that counts arrivals in an exact sliding second, after a jittered trip. */
  private static final class Server {
    private final int limit;
    private final long trip;
    private final long jitter;
    private final Deque<Long> arrivals = new ArrayDeque<>();
    private final SplittableRandom random = new SplittableRandom(12);

    /** 50 ms ± 10 ms from our send to its arrival. */
    Server(int limit) {
      this.limit = limit;
      this.trip = 50 * MILLI;
      this.jitter = 10 * MILLI;
    }

    boolean accepts(long sentAt) {
      long arrival = sentAt + trip + random.nextLong(-jitter, jitter + 1);
      // arrivals are nearly in order; count those within the second before this one
      long inWindow = arrivals.stream().filter(a -> a > arrival - SECOND && a <= arrival).count();
      while (!arrivals.isEmpty() && arrivals.peekFirst() < arrival - 2 * SECOND) {
        arrivals.pollFirst();
      }
      if (inWindow >= limit) {
        return false;
      }
      arrivals.addLast(arrival);
      return true;
    }
  }
}
