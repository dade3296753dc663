package dev.newsbot.delivery;

import dev.newsbot.retry.Backoff;
import dev.newsbot.subscription.SubscriberStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records what became of each send on its outbox row. Sent rows, nearly all of them, are written in
 * batches by {@link #flush} (the dispatcher calls it every 100 ms), so that a broadcast at 1,000 a
 * second costs ten writes a second, not a thousand; the rare others are written at once. A crash
 * loses at most the batch not yet written: those rows are sent again at the next start.
 */
public final class Outcomes {
  private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

  /** After a network error or 5xx: 2 s, doubled up to 15 minutes, up to half again at random. */
  static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15), 0.5);

  private final Outbox outbox;
  private final SubscriberStore subscribers;
  private final SendLimiter limiter;
  private final DeliveryMetrics metrics;
  private final Clock clock;
  private final RandomGenerator random;
  private final List<Long> sent = new ArrayList<>();

  public Outcomes(
      Outbox outbox,
      SubscriberStore subscribers,
      SendLimiter limiter,
      DeliveryMetrics metrics,
      Clock clock,
      RandomGenerator random) {
    this.outbox = outbox;
    this.subscribers = subscribers;
    this.limiter = limiter;
    this.metrics = metrics;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Records the outcome of one send.
   *
   * @return whether it waits for {@link #flush} to be written (a send Telegram accepted)
   */
  public boolean record(Delivery d, SendResult result) {
    Instant now = clock.instant();
    if (result instanceof SendResult.Sent) {
      synchronized (sent) {
        sent.add(d.id());
      }
      metrics.sent(Duration.between(d.article().discovered(), now));
      return true;
    } else if (result instanceof SendResult.RetryAfter r) {
      metrics.rateLimited();
      metrics.retried();
      if (limiter.rateLimited(d.chat(), r.delay()) == SendLimiter.Verdict.FLOOD) {
        log.warn(
            "Telegram is holding the whole bot back; pausing all sends for {} s and sending at"
                + " most {} a second from now on",
            r.delay().toSeconds(),
            limiter.rate());
      }
      outbox.retryAt(
          d.id(), now.plus(r.delay()), "429: retry after " + r.delay().toSeconds() + " s");
    } else if (result instanceof SendResult.Transient t) {
      retry(d, now, t.description());
    } else if (result instanceof SendResult.Blocked b) {
      metrics.failed();
      outbox.markFailed(d.id(), b.description());
      subscribers.deactivate(d.chat(), b.description());
      log.info("Chat {} can no longer be reached ({}); unsubscribed it", d.chat(), b.description());
    } else if (result instanceof SendResult.Migrated m) {
      subscribers.migrate(d.chat(), m.newChat());
      outbox.retarget(d.id(), m.newChat());
      log.info("Chat {} became {}; the subscription moved with it", d.chat(), m.newChat());
    } else if (result instanceof SendResult.Rejected r) {
      metrics.failed();
      outbox.markFailed(d.id(), r.description());
      log.warn(
          "Telegram refused article {} for chat {}: {}",
          d.article().id(),
          d.chat(),
          r.description());
    } else if (result instanceof SendResult.Unsupported u) {
      retry(d, now, u.description());
    }
    return false;
  }

  /** A send that failed in a way that may pass: tried again after the back-off. */
  public void retry(Delivery d, Instant now, String error) {
    metrics.retried();
    Duration wait = BACKOFF.after(Math.max(1, d.attempts()), random);
    outbox.retryAt(d.id(), now.plus(wait), error);
    log.warn("Send to chat {} failed ({}); retrying in {} s", d.chat(), error, wait.toSeconds());
  }

  /** How many accepted sends wait for {@link #flush}. */
  public int unflushed() {
    synchronized (sent) {
      return sent.size();
    }
  }

  /**
   * Writes the sends recorded since the last flush, in one transaction.
   *
   * @return how many were written
   */
  public int flush() {
    List<Long> batch;
    synchronized (sent) {
      if (sent.isEmpty()) {
        return 0;
      }
      batch = List.copyOf(sent);
      sent.clear();
    }
    try {
      outbox.markSent(batch, clock.instant());
    } catch (RuntimeException e) {
      synchronized (sent) {
        sent.addAll(batch); // written at the next flush; a crash meanwhile sends them again
      }
      throw e;
    }
    return batch.size();
  }
}
