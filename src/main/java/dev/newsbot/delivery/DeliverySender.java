package dev.newsbot.delivery;

import dev.newsbot.delivery.SendLimiter.Kind;
import dev.newsbot.subscription.ChatId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox as fast as Telegram allows. One dispatcher thread claims due deliveries in
 * batches (one per chat at a time, and only chats their own limit lets through), then hands each to
 * a worker as soon as the {@link SendLimiter} gives it a slot and fewer than {@link
 * SendLimiter#inFlight} sends are under way. A {@link PushAttempt} sends; {@link Outcomes} records.
 * A send stays in flight until its outcome is written (sent rows in batches, at a quarter of the
 * sends in flight or every 100 ms), so that a crash repeats at most the sends in flight. Nothing is
 * dropped but for chats that can no longer be reached.
 */
public final class DeliverySender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final long IDLE_WAIT = TimeUnit.SECONDS.toNanos(1);
  private static final long FLUSH_EVERY = TimeUnit.MILLISECONDS.toNanos(100);

  private final Outbox outbox;
  private final PushAttempt attempt;
  private final Outcomes outcomes;
  private final SendLimiter limiter;
  private final Clock clock;
  private final LongSupplier nanoTime;
  private final ExecutorService workers;
  private final Deque<Delivery> claimed = new ArrayDeque<>();
  private final Set<ChatId> sendingTo = ConcurrentHashMap.newKeySet();
  private final AtomicInteger sending = new AtomicInteger();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread dispatcher;
  private volatile boolean running = true;
  private boolean signalled;
  private long lastFlush;

  /**
   * @param workers runs the sends; it must take as many at once as the limiter allows in flight (a
   *     cached pool: threads come and go with the rate)
   */
  public DeliverySender(
      Outbox outbox,
      PushAttempt attempt,
      Outcomes outcomes,
      SendLimiter limiter,
      Clock clock,
      LongSupplier nanoTime,
      ExecutorService workers) {
    this.outbox = outbox;
    this.attempt = attempt;
    this.outcomes = outcomes;
    this.limiter = limiter;
    this.clock = clock;
    this.nanoTime = nanoTime;
    this.workers = workers;
    this.dispatcher = new Thread(this::dispatch, "delivery-dispatcher");
    this.dispatcher.setDaemon(true);
  }

  public void start() {
    releaseLeftovers();
    lastFlush = nanoTime.getAsLong();
    dispatcher.start();
  }

  /**
   * Queues again what stopped instances left: the sends they had in flight, and what their polls,
   * cut short, had staged. At start it is what the last stop left; while several instances share
   * the outbox, each heartbeat calls it.
   */
  public void releaseLeftovers() {
    int released = outbox.releaseClaims();
    if (released > 0) {
      log.info(
          "Queued again {} deliveries that were being sent when their instance stopped", released);
    }
    int skipped = outbox.releaseStaged(null);
    if (skipped > 0) {
      log.info("Left {} older articles out of backlogs", skipped);
    }
  }

  /** Tells the sender that new deliveries are queued, or that a send ended. */
  public void wake() {
    lock.lock();
    try {
      signalled = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void dispatch() {
    while (running) {
      try {
        long wait = step();
        flushIfDue();
        if (wait > 0) {
          awaitChange(Math.min(wait, FLUSH_EVERY));
        }
      } catch (RuntimeException e) {
        log.error("Delivery loop failed; retrying in 1 s", e);
        awaitChange(IDLE_WAIT);
      }
    }
    handBackClaimed();
  }

  /** Writes the accepted sends once a quarter of the sends in flight wait, or every 100 ms. */
  private void flushIfDue() {
    int unflushed = outcomes.unflushed();
    long now = nanoTime.getAsLong();
    if (unflushed > 0
        && (unflushed >= Math.max(1, limiter.inFlight() / 4) || now - lastFlush >= FLUSH_EVERY)) {
      sending.addAndGet(-outcomes.flush());
      lastFlush = now;
    }
  }

  /**
   * Sends the next claimed delivery if it may go now.
   *
   * @return 0 to go on at once, or how long to wait before looking again
   */
  private long step() {
    if (claimed.isEmpty() && !claimDue()) {
      return IDLE_WAIT;
    }
    if (sending.get() >= limiter.inFlight()) {
      return IDLE_WAIT; // a send that ends wakes us
    }
    Delivery d = claimed.peekFirst();
    long chatWait = limiter.chatWait(d.chat());
    if (chatWait > 0) { // Telegram held the chat since it was claimed
      claimed.pollFirst();
      outbox.handBack(d.id(), clock.instant().plusNanos(chatWait));
      return 0;
    }
    long wait = limiter.tryAcquire(d.chat(), Kind.PUSH);
    if (wait > 0) {
      return wait;
    }
    claimed.pollFirst();
    sending.incrementAndGet();
    sendingTo.add(d.chat());
    workers.execute(() -> send(d));
    return 0;
  }

  /**
   * Claims a batch of due deliveries, at most one per chat and none for a chat being sent to or
   * held by its limit; about two seconds' worth at the current rate.
   *
   * @return whether any was claimed
   */
  private boolean claimDue() {
    // Read wide (many due rows may be for chats that must wait), claim narrow (instances sharing
    // the rate share the work).
    int batch = Math.max(10, 2 * limiter.rate());
    List<Delivery> due = outbox.due(clock.instant(), Math.max(100, 2 * limiter.rate()));
    Set<ChatId> chats = new HashSet<>();
    List<Delivery> ready = new ArrayList<>();
    for (Delivery d : due) {
      if (ready.size() < batch
          && !sendingTo.contains(d.chat())
          && chats.add(d.chat())
          && limiter.chatWait(d.chat()) == 0) {
        ready.add(d);
      }
    }
    if (ready.isEmpty()) {
      return false;
    }
    Set<Long> won = new HashSet<>(outbox.claim(ready.stream().map(Delivery::id).toList()));
    for (Delivery d : ready) {
      if (won.contains(d.id())) {
        claimed.addLast(d);
      }
    }
    return !claimed.isEmpty();
  }

  private void send(Delivery d) {
    boolean awaitsFlush = false;
    long start = nanoTime.getAsLong();
    try {
      SendResult result = attempt.send(d);
      limiter.answered(d.chat(), nanoTime.getAsLong() - start);
      awaitsFlush = outcomes.record(d, result);
    } catch (RuntimeException e) {
      limiter.answered(d.chat(), nanoTime.getAsLong() - start); // it may have gone out
      log.error("Sending delivery {} failed unexpectedly; will retry", d.id(), e);
      outcomes.retry(d, clock.instant(), e.toString());
    } finally {
      sendingTo.remove(d.chat());
      if (!awaitsFlush) {
        sending.decrementAndGet();
      }
      wake();
    }
  }

  /** Claimed deliveries not sent yet go back to the queue as they were. */
  private void handBackClaimed() {
    Instant now = clock.instant();
    for (Delivery d; (d = claimed.pollFirst()) != null; ) {
      outbox.handBack(d.id(), now);
    }
  }

  private void awaitChange(long nanos) {
    lock.lock();
    try {
      if (!signalled && running) {
        changed.awaitNanos(nanos);
      }
      signalled = false;
    } catch (InterruptedException e) {
      running = false; // an interrupt means the process is going down
    } finally {
      lock.unlock();
    }
  }

  /** Stops dispatching, waits up to ten seconds for the sends in flight and records them. */
  @Override
  public void close() {
    running = false;
    wake();
    try {
      dispatcher.join(TimeUnit.SECONDS.toMillis(5)); // it hands back what it claimed
      workers.shutdown();
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Sends still in flight after 10 s; they will be retried at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      outcomes.flush();
    }
  }
}
