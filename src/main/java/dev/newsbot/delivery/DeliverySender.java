package dev.newsbot.delivery;

import dev.newsbot.subscription.SubscriberStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox on its own thread: claims due deliveries, sends them, and records each outcome.
 * {@link #close()} lets the send in flight finish and returns unsent claims to pending.
 */
public final class DeliverySender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final int BATCH = 20;
  private static final Duration IDLE_WAIT = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

  private final Outbox outbox;
  private final Messenger messenger;
  private final MessageFormatter formatter;
  private final SubscriberStore subscribers;
  private final Clock clock;
  private final long minNanosBetweenSends;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition workArrived = lock.newCondition();
  private final Thread thread;
  private volatile boolean running = true;
  private boolean signalled;
  private long lastSendNanos;

  public DeliverySender(
      Outbox outbox,
      Messenger messenger,
      MessageFormatter formatter,
      SubscriberStore subscribers,
      Clock clock,
      int sendRatePerSecond) {
    this.outbox = outbox;
    this.messenger = messenger;
    this.formatter = formatter;
    this.subscribers = subscribers;
    this.clock = clock;
    this.minNanosBetweenSends = TimeUnit.SECONDS.toNanos(1) / sendRatePerSecond;
    this.thread = new Thread(this::run, "delivery-sender");
  }

  public void start() {
    int released = outbox.releaseClaims();
    if (released > 0) {
      log.info("Resuming {} deliveries that were being sent when the bot last stopped", released);
    }
    thread.start();
  }

  /** Tells the sender that new deliveries are queued. */
  public void wake() {
    lock.lock();
    try {
      signalled = true;
      workArrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (running) {
      try {
        List<Delivery> batch = outbox.claimDue(clock.instant(), BATCH);
        if (batch.isEmpty()) {
          awaitWork();
          continue;
        }
        for (int i = 0; i < batch.size(); i++) {
          if (!running) {
            for (Delivery unsent : batch.subList(i, batch.size())) {
              outbox.retryAt(unsent.id(), clock.instant(), "bot stopped before sending");
            }
            break;
          }
          deliver(batch.get(i));
        }
      } catch (RuntimeException e) {
        log.error("Delivery loop failed; retrying in {}", IDLE_WAIT, e);
        awaitWork();
      }
    }
  }

  private void deliver(Delivery d) {
    pace();
    SendResult result = messenger.send(d.chat(), new OutgoingMessage(formatter.push(d.article()), true));
    Instant now = clock.instant();
    if (result instanceof SendResult.Sent) {
      outbox.markSent(d.id(), now);
    } else if (result instanceof SendResult.RetryAfter r) {
      outbox.retryAt(d.id(), now.plus(r.delay()), "429 retry after " + r.delay());
    } else if (result instanceof SendResult.Transient t) {
      outbox.retryAt(d.id(), now.plus(backoff(d.attempts())), t.description());
    } else if (result instanceof SendResult.Blocked b) {
      outbox.markFailed(d.id(), b.description());
      subscribers.deactivate(d.chat(), b.description());
      log.info("Chat {} can no longer be reached ({}); unsubscribed it", d.chat(), b.description());
    } else if (result instanceof SendResult.Migrated m) {
      subscribers.migrate(d.chat(), m.newChat());
      outbox.retarget(d.id(), m.newChat());
      log.info("Chat {} moved to {}; subscription moved with it", d.chat(), m.newChat());
    } else if (result instanceof SendResult.Rejected r) {
      outbox.markFailed(d.id(), r.description());
      log.warn("Telegram rejected article {} for chat {}: {}", d.article().id(), d.chat(), r.description());
    }
  }

  private static Duration backoff(int attempts) {
    long seconds = 1L << Math.min(attempts, 20);
    Duration base = Duration.ofSeconds(seconds);
    if (base.compareTo(MAX_BACKOFF) > 0) {
      base = MAX_BACKOFF;
    }
    long jitter = ThreadLocalRandom.current().nextLong(base.toMillis() / 2 + 1);
    return base.plusMillis(jitter);
  }

  /** Keeps sends at most {@code sendRatePerSecond} apart. */
  private void pace() {
    long wait = lastSendNanos + minNanosBetweenSends - System.nanoTime();
    if (wait > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(wait);
      } catch (InterruptedException e) {
        running = false; // an interrupt means the process is going down
      }
    }
    lastSendNanos = System.nanoTime();
  }

  private void awaitWork() {
    lock.lock();
    try {
      if (!signalled && running) {
        workArrived.await(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      }
      signalled = false;
    } catch (InterruptedException e) {
      running = false; // an interrupt means the process is going down
    } finally {
      lock.unlock();
    }
  }

  /** Stops after the send in flight; waits up to ten seconds for it. */
  @Override
  public void close() {
    running = false;
    wake();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
