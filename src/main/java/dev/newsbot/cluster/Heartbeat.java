package dev.newsbot.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beats for this instance every {@link #EVERY} (once, when the database cannot be shared): tells
 * the sender how many instances share the rate now, and after each beat but the first has what a
 * dead instance left queued again (the sender does it at its own start). An instance that joins
 * others waits one beat before it sends, so that they have slowed down to make room for it.
 */
public final class Heartbeat implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);

  /** Between beats; an instance silent for {@link #STALE_AFTER} counts as dead. */
  public static final Duration EVERY = Duration.ofSeconds(2);

  /** How long a silent instance still counts as alive: a few missed beats. */
  public static final Duration STALE_AFTER = Duration.ofSeconds(10);

  private final Members members;
  private final IntConsumer share;
  private final Runnable releaseLeftovers;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private int live;

  /**
   * @param share told how many live instances share the send rate
   * @param releaseLeftovers queues again what instances no longer alive left
   */
  public Heartbeat(
      Members members,
      IntConsumer share,
      Runnable releaseLeftovers,
      Clock clock,
      ScheduledExecutorService executor) {
    this.members = members;
    this.share = share;
    this.releaseLeftovers = releaseLeftovers;
    this.clock = clock;
    this.executor = executor;
  }

  /** Beats once, then every {@link #EVERY} if other instances may share the database. */
  public void start() {
    beat();
    if (members.shared()) {
      executor.scheduleWithFixedDelay(
          this::beatLogged, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** When others run: one beat's wait, for them to see this one and lower their share. */
  public void awaitRoom() throws InterruptedException {
    if (live > 1) {
      Thread.sleep(EVERY.toMillis() + 500);
    }
  }

  private void beatLogged() {
    try {
      beat();
      releaseLeftovers.run();
    } catch (RuntimeException e) {
      log.warn("Heartbeat failed; the share of the send rate stays {}", live, e);
    }
  }

  private synchronized void beat() {
    int now = members.beat(clock.instant());
    if (now != live) {
      log.info("{} instance(s) share the send rate now", now);
    }
    live = now;
    share.accept(now);
  }

  /** Stops beating and leaves the list. */
  @Override
  public void close() {
    executor.shutdownNow();
    members.leave();
  }
}
