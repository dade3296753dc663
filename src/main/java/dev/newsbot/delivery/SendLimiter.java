package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Telegram's limits, kept on our side so that 429s stay rare; the one place that paces pushes and
 * replies alike. It never sleeps: {@link #tryAcquire} either takes a send slot or says how long to
 * wait, so that it runs on a fake clock in tests.
 *
 * <ul>
 *   <li><b>Bot-wide:</b> at most {@code rate} sends in any sliding window of one second plus a
 *       guard, each counted from when its request goes out ({@link #onWire}), or else from its
 *       answer; until then it counts in every window, as it may arrive at any moment. The guard
 *       covers the jitter between our send and its arrival at Telegram, which counts arrivals: it
 *       starts at 20 ms, grows by 10 ms with each second of bot-wide 429s at the configured rate
 *       and shrinks by 1 ms a second, within 20 to 250 ms. Sends are also at least half the even
 *       spacing apart, so that a broadcast starts as a ramp, not a burst of connections.
 *   <li><b>Per chat:</b> one send a second to a private chat, one every three seconds to a group or
 *       channel (Telegram's 20 a minute), each plus the guard; no bursts.
 *   <li><b>Replies first:</b> while a reply waits for a slot, pushes get none, so a user's answer
 *       never waits behind other chats' pushes. With paid broadcasts, replies are free messages and
 *       keep to {@link #FREE_RATE} a second of their own besides.
 *   <li><b>429s:</b> a 429 holds its chat for the time Telegram gave. One that the per-chat limit
 *       cannot explain is bot-wide, counted at most once a second (a burst of 429s is one jitter):
 *       at the configured rate the guard grows by a step, below it the rate drops by one. Bot-wide
 *       429s in three seconds out of five, once the guard is 100 ms wide or the rate is below the
 *       configured one, are a flood wait: everyone is held for the time Telegram gave, and the rate
 *       drops by a sixth. It comes back up by one a second for each ten seconds without a bot-wide
 *       429, to the configured rate, so that a bot configured above what the server allows settles
 *       just under it.
 *   <li><b>Concurrency:</b> {@link #inFlight} follows the rate and the observed round trip.
 *   <li><b>Several instances:</b> {@link #share} divides the rate (and the replies' free rate)
 *       among the instances that send for the bot, each taking its whole part, rounded down.
 * </ul>
 */
public final class SendLimiter {
  /** Telegram's free bot-wide limit, about 30 messages a second. */
  public static final int FREE_RATE = 30;

  /** What is being sent: a push from the outbox or a reply to a command. */
  public enum Kind {
    PUSH,
    REPLY
  }

  /** How a 429 was read. */
  public enum Verdict {
    /** One chat got too much: only it waits. */
    CHAT,
    /** The bot as a whole went over: the guard grows, or the rate drops by one (once a second). */
    BOT_WIDE,
    /** Telegram holds the whole bot back: everyone waits, and the rate drops. */
    FLOOD
  }

  static final long SECOND = 1_000_000_000L;
  static final long MILLI = 1_000_000L;
  private static final long PRIVATE_INTERVAL = SECOND;
  private static final long GROUP_INTERVAL = 3 * SECOND;
  static final long MIN_GUARD = 20 * MILLI;
  static final long MAX_GUARD = 250 * MILLI;
  private static final long GUARD_STEP = 10 * MILLI;
  private static final long QUIET_PER_STEP = 10 * SECOND;
  private static final long FLOOD_SPAN = 5 * SECOND;
  private static final int FLOOD_SECONDS = 3;

  /** At the configured rate, 429s are put down to jitter until the guard has grown this wide. */
  private static final long FLOOD_GUARD = 100 * MILLI;

  private static final int MIN_IN_FLIGHT = 2;
  private static final int MAX_IN_FLIGHT = 512;
  private static final double IN_FLIGHT_MARGIN = 2;
  private static final long FIRST_ROUND_TRIP = 100 * MILLI;

  private final int configured;
  private final LongSupplier nanoTime;
  private final Window sends;
  private final Window freeSends;
  private final Map<ChatId, Chat> chats = new HashMap<>();
  private final Deque<Long> secondsWith429 = new ArrayDeque<>();
  private long guard = MIN_GUARD;
  private long guardSetAt;
  private int rateFloor;
  private long quietSince;
  private long pausedUntil;
  private int repliesWaiting;
  private double roundTrip = FIRST_ROUND_TRIP;
  private long lastCleanup;
  private long lastGrant = Long.MIN_VALUE / 2;
  private int share = 1;

  /** A chat's last two sends (their grants and slots) and how long Telegram asked it to wait. */
  private static final class Chat {
    long previous = Long.MIN_VALUE;
    long last = Long.MIN_VALUE;
    long previousSlot = -1;
    long lastSlot = -1;
    long heldUntil = Long.MIN_VALUE;
  }

  /**
   * @param perSecond the bot-wide rate the operator configured
   * @param paid whether pushes are paid broadcasts (replies then keep to the free rate)
   * @param nanoTime the clock, {@code System::nanoTime} outside tests
   */
  public SendLimiter(int perSecond, boolean paid, LongSupplier nanoTime) {
    if (perSecond < 1) {
      throw new IllegalArgumentException("perSecond < 1: " + perSecond);
    }
    this.configured = perSecond;
    this.nanoTime = nanoTime;
    this.sends = new Window(perSecond);
    this.freeSends = paid ? new Window(FREE_RATE) : null; // counted from grants only
    long now = nanoTime.getAsLong();
    this.guardSetAt = now;
    this.rateFloor = perSecond;
    this.quietSince = now;
    this.lastCleanup = now;
  }

  /**
   * Takes a send slot for {@code chat} now, or says how long to wait for one.
   *
   * @return 0 when the slot is taken (the send must follow at once), else the nanoseconds to wait
   *     before asking again
   */
  public synchronized long tryAcquire(ChatId chat, Kind kind) {
    long now = now();
    long wait = Math.max(pausedUntil - now, chatWait(chat, now));
    if (kind == Kind.PUSH && repliesWaiting > 0) {
      wait = Math.max(wait, MILLI); // the reply takes the next slot
    }
    long span = SECOND + guard(now);
    int rate = ownRate(now);
    wait = Math.max(wait, sends.waitFor(rate, span, now));
    wait = Math.max(wait, lastGrant + SECOND / (2L * rate) - now);
    if (kind == Kind.REPLY && freeSends != null) {
      wait = Math.max(wait, freeSends.waitFor(Math.max(1, FREE_RATE / share), span, now));
    }
    if (wait > 0) {
      return wait;
    }
    long slot = sends.add(now, false);
    lastGrant = now;
    if (kind == Kind.REPLY && freeSends != null) {
      freeSends.add(now, true);
    }
    Chat c = chats.computeIfAbsent(chat, k -> new Chat());
    c.previous = c.last;
    c.last = now;
    c.previousSlot = c.lastSlot;
    c.lastSlot = slot;
    forgetQuietChats(now);
    return 0;
  }

  /** How long until {@code chat} may be sent to, by its own limit alone; 0 when it may now. */
  public synchronized long chatWait(ChatId chat) {
    return chatWait(chat, now());
  }

  private long chatWait(ChatId chat, long now) {
    Chat c = chats.get(chat);
    if (c == null) {
      return 0;
    }
    long next = c.last == Long.MIN_VALUE ? Long.MIN_VALUE : c.last + interval(chat) + guard(now);
    return Math.max(0, Math.max(next, c.heldUntil) - now);
  }

  /** A reply starts waiting for a slot: pushes hold back until {@link #replyDone}. */
  public synchronized void replyWaiting() {
    repliesWaiting++;
  }

  /** The reply that waited got its slot or gave up. */
  public synchronized void replyDone() {
    repliesWaiting = Math.max(0, repliesWaiting - 1);
  }

  /**
   * Telegram answered a send to {@code chat} with 429 and asked to wait {@code retryAfter}.
   *
   * @return how the answer was read; the chat is held in any case
   */
  public synchronized Verdict rateLimited(ChatId chat, Duration retryAfter) {
    long now = now();
    long until = now + retryAfter.toNanos();
    Chat c = chats.computeIfAbsent(chat, k -> new Chat());
    c.heldUntil = Math.max(c.heldUntil, until);
    boolean chatTooFast =
        c.previous != Long.MIN_VALUE && c.last - c.previous < 2 * interval(chat) + MAX_GUARD;
    if (chatTooFast) {
      return Verdict.CHAT;
    }
    if (now < pausedUntil) {
      return Verdict.BOT_WIDE; // answers to sends made before the pause began
    }
    rateFloor = rate(now); // the climb since the last 429 stops here
    quietSince = now;
    if (!secondsWith429.isEmpty() && now - secondsWith429.peekLast() < SECOND) {
      return Verdict.BOT_WIDE; // one step a second: a burst of 429s is one jitter, not many
    }
    boolean atConfigured = rateFloor >= configured;
    if (atConfigured) {
      // At the configured rate a 429 is taken for jitter, which the guard absorbs at a cost in
      // proportion (10 ms is 1%); below it the bot is finding what the server allows, one a second
      // less at a time, and a wider guard would only keep it further under.
      guard = Math.min(MAX_GUARD, guard(now) + GUARD_STEP);
      guardSetAt = now;
    } else {
      rateFloor = Math.max(1, rateFloor - 1);
    }
    secondsWith429.addLast(now);
    while (secondsWith429.peekFirst() < now - FLOOD_SPAN) {
      secondsWith429.pollFirst();
    }
    boolean jitterExplains = atConfigured && guard(now) < FLOOD_GUARD;
    if (secondsWith429.size() < FLOOD_SECONDS || jitterExplains) {
      return Verdict.BOT_WIDE;
    }
    secondsWith429.clear();
    pausedUntil = until;
    rateFloor = Math.max(1, rateFloor - Math.max(1, rateFloor / 6));
    quietSince = until;
    return Verdict.FLOOD;
  }

  /**
   * A send's request starts going out now: the window counts it from now, as Telegram counts it
   * when it arrives, a network trip later. Which send is not known; it is taken for the oldest not
   * yet gone out, granted before now. Without this call a send counts from its answer (see {@link
   * #answered}).
   */
  public synchronized void onWire() {
    sends.stampOldestOpen(now());
  }

  /**
   * The sends granted to {@code chat} were answered now, or failed, {@code roundTripNanos} after
   * they were handed over. One whose request was not seen going out counts from now: it arrived at
   * Telegram, if at all, before now.
   */
  public synchronized void answered(ChatId chat, long roundTripNanos) {
    roundTrip = 0.9 * roundTrip + 0.1 * roundTripNanos;
    stamp(chat);
  }

  /** The chat's sends still counted from their grant count from now. */
  private void stamp(ChatId chat) {
    Chat c = chats.get(chat);
    if (c != null) {
      long now = now();
      sends.stamp(c.previousSlot, now); // the older first: it went out first
      sends.stamp(c.lastSlot, now);
    }
  }

  /**
   * How many sends may be in flight at once: rate × round trip × 2, plus one, rounded, in [2, 512].
   */
  public synchronized int inFlight() {
    double wanted = ownRate(now()) * (roundTrip / SECOND) * IN_FLIGHT_MARGIN + 1;
    return (int) Math.max(MIN_IN_FLIGHT, Math.min(MAX_IN_FLIGHT, Math.round(wanted)));
  }

  /**
   * The rate this instance keeps to now: the bot-wide one (the configured one, or lower after flood
   * waits) divided by the instances that share it.
   */
  public synchronized int rate() {
    return ownRate(now());
  }

  /** {@code instances} send for the bot now, this one among them, and share its rate. */
  public synchronized void share(int instances) {
    if (instances < 1) {
      throw new IllegalArgumentException("instances < 1: " + instances);
    }
    share = instances;
  }

  private int ownRate(long now) {
    return Math.max(1, rate(now) / share);
  }

  /** The guard added to each one-second window now. */
  synchronized Duration guard() {
    return Duration.ofNanos(guard(now()));
  }

  private int rate(long now) {
    long steps = Math.max(0, now - quietSince) / QUIET_PER_STEP;
    return (int) Math.min(configured, rateFloor + steps);
  }

  private long guard(long now) {
    long shrunk = guard - Math.max(0, now - guardSetAt) / 1000; // 1 ms a second
    return Math.max(MIN_GUARD, shrunk);
  }

  /** Forgets, once a second, chats that neither limit nor hold any more. */
  private void forgetQuietChats(long now) {
    if (now - lastCleanup < SECOND) {
      return;
    }
    lastCleanup = now;
    long quiet = now - GROUP_INTERVAL - MAX_GUARD;
    chats
        .values()
        .removeIf(
            c ->
                c.last < quiet
                    && c.heldUntil < now
                    && !sends.isOpen(c.lastSlot, now) // its answer closes the slot
                    && !sends.isOpen(c.previousSlot, now));
  }

  private long now() {
    return nanoTime.getAsLong();
  }

  private static long interval(ChatId chat) {
    return chat.value() < 0 ? GROUP_INTERVAL : PRIVATE_INTERVAL;
  }

  /**
   * The last sends, twice as many as the highest rate: a ring. A send is open from its grant until
   * its request is seen going out, or else its answer comes; then it counts from that moment.
   * Telegram counts a send when it arrives, after both, so a request held up on its way (a cold
   * connection, code the JVM has not compiled yet) counts in every window that holds its arrival.
   * An open send counts in every window, as it may arrive at any moment.
   *
   * <p>Requests going out are not matched to their sends (see {@link #onWire}), so the ring's times
   * may belong to other sends than their own; the window only counts them, which does not depend on
   * which send has which time.
   */
  private static final class Window {
    /**
     * A send still open after this long is taken to have gone out then (connect + read timeout).
     */
    private static final long OPEN_AT_MOST = 30 * SECOND;

    /** How often to look again while only sends still going out fill the window. */
    private static final long OPEN_POLL = MILLI;

    private final long[] times;
    private final boolean[] open;
    private final long[] scratch;
    private long count;
    private long firstOpen;

    Window(int rate) {
      times = new long[2 * rate];
      open = new boolean[2 * rate];
      scratch = new long[2 * rate];
    }

    /** How long until one more send keeps at most {@code limit} within any {@code span}. */
    long waitFor(int limit, long span, long now) {
      if (count < limit) {
        return 0;
      }
      long from = now - span;
      int opened = 0;
      int inWindow = 0;
      long earliest = Long.MAX_VALUE;
      for (long slot = Math.max(0, count - times.length); slot < count; slot++) {
        int i = index(slot);
        long t = times[i];
        if (open[i] && t + OPEN_AT_MOST > now) {
          opened++;
        } else {
          t = open[i] ? t + OPEN_AT_MOST : t;
          if (t > from) {
            scratch[inWindow++] = t;
            earliest = Math.min(earliest, t);
          }
        }
      }
      int leaving = inWindow + opened - limit + 1; // how many must leave the window first
      if (leaving <= 0) {
        return 0;
      }
      if (leaving > inWindow) {
        return OPEN_POLL; // the window is full of sends still going out
      }
      long last = earliest; // the last that must leave; usually one
      if (leaving > 1) {
        Arrays.sort(scratch, 0, inWindow);
        last = scratch[leaving - 1];
      }
      return Math.max(0, last + span - now);
    }

    /**
     * Counts a send granted now; returns its slot.
     *
     * @param stamped whether it counts from now, going out at once as far as this window knows
     */
    long add(long now, boolean stamped) {
      int i = index(count);
      times[i] = now;
      open[i] = !stamped;
      return count++;
    }

    /** The oldest send still open counts from {@code now}. */
    void stampOldestOpen(long now) {
      firstOpen = Math.max(firstOpen, count - times.length);
      while (firstOpen < count && !isOpen(firstOpen, now)) {
        firstOpen++;
      }
      stamp(firstOpen, now);
    }

    /** Whether the send in {@code slot} is still open, not yet taken to have gone out. */
    boolean isOpen(long slot, long now) {
      return holdsOpen(slot) && times[index(slot)] + OPEN_AT_MOST > now;
    }

    /** The send in {@code slot}, if still open and in the ring, counts from {@code now}. */
    void stamp(long slot, long now) {
      if (holdsOpen(slot)) {
        times[index(slot)] = now;
        open[index(slot)] = false;
      }
    }

    /** Whether the ring still holds the send in {@code slot}, open. */
    private boolean holdsOpen(long slot) {
      return slot >= 0 && slot < count && slot >= count - times.length && open[index(slot)];
    }

    private int index(long slot) {
      return (int) (slot % times.length);
    }
  }
}
