package dev.newsbot.delivery;

import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox as fast as Telegram allows. A dispatcher thread picks due deliveries, skips
 * chats that must wait (one send in flight per chat, per-chat limits, flood waits), takes a slot of
 * the bot-wide rate, claims the row and hands the send to a worker; interleaving chats keeps the
 * bot-wide rate full. Each outcome is recorded on the row: nothing is dropped but for chats that
 * can no longer be reached.
 */
public final class DeliverySender implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final int BATCH = 200;
  private static final Duration IDLE_WAIT = Duration.ofSeconds(1);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(15);

  /** Two chats hit by 429 within this window means the whole bot is being held back. */
  private static final long FLOOD_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final Outbox outbox;
  private final Messenger messenger;
  private final Formatters formatters;
  private final java.util.function.Supplier<String> botName;
  private final SubscriberStore subscribers;
  private final SendLimiter limiter;
  private final DeliveryMetrics metrics;
  private final Predicate<SourceId> photos;
  private final Clock clock;
  private final ExecutorService workers;
  private final Semaphore idleWorkers;
  private final Set<ChatId> inFlight = ConcurrentHashMap.newKeySet();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition workArrived = lock.newCondition();
  private final Thread dispatcher;
  private volatile boolean running = true;
  private boolean signalled;
  private volatile ChatId lastRateLimitedChat;
  private volatile long lastRateLimitedNanos;

  /**
   * @param photos whether articles of a source are pushed with their lead image
   * @param workers runs the sends; {@code workerCount} of them at most at once
   */
  public DeliverySender(
      Outbox outbox,
      Messenger messenger,
      Formatters formatters,
      java.util.function.Supplier<String> botName,
      SubscriberStore subscribers,
      SendLimiter limiter,
      DeliveryMetrics metrics,
      Predicate<SourceId> photos,
      Clock clock,
      ExecutorService workers,
      int workerCount) {
    this.outbox = outbox;
    this.messenger = messenger;
    this.formatters = formatters;
    this.botName = botName;
    this.subscribers = subscribers;
    this.limiter = limiter;
    this.metrics = metrics;
    this.photos = photos;
    this.clock = clock;
    this.workers = workers;
    this.idleWorkers = new Semaphore(workerCount);
    this.dispatcher = new Thread(this::dispatch, "delivery-dispatcher");
    this.dispatcher.setDaemon(true);
  }

  public void start() {
    int released = outbox.releaseClaims();
    if (released > 0) {
      log.info("Resuming {} deliveries that were being sent when the bot last stopped", released);
    }
    int skipped = outbox.releaseStaged(null); // a poll the last stop cut short
    if (skipped > 0) {
      log.info("Left {} older articles out of backlogs", skipped);
    }
    dispatcher.start();
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

  private void dispatch() {
    while (running) {
      try {
        long waitNanos = dispatchDue(outbox.due(clock.instant(), BATCH));
        if (waitNanos > 0) {
          awaitWork(waitNanos);
        }
      } catch (InterruptedException e) {
        running = false;
      } catch (RuntimeException e) {
        log.error("Delivery loop failed; retrying in {}", IDLE_WAIT, e);
        awaitWork(IDLE_WAIT.toNanos());
      }
    }
  }

  /**
   * Sends what may be sent now.
   *
   * @return 0 to look again at once, or how long to wait for a chat to be ready
   */
  private long dispatchDue(List<Delivery> due) throws InterruptedException {
    long wait = IDLE_WAIT.toNanos();
    boolean dispatched = false;
    for (Delivery d : due) {
      if (!running) {
        return 0;
      }
      if (inFlight.contains(d.chat())) {
        continue;
      }
      long ready = limiter.chatReadyAt(d.chat()) - limiter.now();
      if (ready > 0) {
        wait = Math.min(wait, ready);
        continue;
      }
      idleWorkers.acquire();
      limiter.acquireGlobal();
      if (!outbox.claim(d.id())) {
        idleWorkers.release();
        continue;
      }
      inFlight.add(d.chat());
      limiter.chatSent(d.chat());
      dispatched = true;
      workers.execute(() -> send(d));
    }
    if (dispatched) {
      limiter.forgetIdle();
      return 0;
    }
    return wait;
  }

  private void send(Delivery d) {
    try {
      record(d, attempt(d));
    } catch (RuntimeException e) {
      log.error("Sending delivery {} failed unexpectedly; will retry", d.id(), e);
      outbox.retryAt(d.id(), clock.instant().plus(backoff(d.attempts())), e.toString());
    } finally {
      inFlight.remove(d.chat());
      idleWorkers.release();
      wake();
    }
  }

  /** Sends the push, falling back to text when the photo fails and to plain text when HTML does. */
  private SendResult attempt(Delivery d) {
    int thread = d.reader().thread();
    if (d.digest() != null) {
      return messenger.send(d.chat(), OutgoingMessage.reply(d.digest()).inThread(thread));
    }
    MessageFormatter formatter = formatters.of(d.reader());
    boolean withPhoto = photos.test(d.article().source());
    OutgoingMessage message =
        forReader(d, formatter, formatter.push(d.article(), withPhoto, d.more()));
    SendResult result = messenger.send(d.chat(), message);
    if (message.photo() != null && result instanceof SendResult.Rejected rejected) {
      log.info(
          "Photo {} refused for chat {} ({}); sending text",
          message.photo(),
          d.chat(),
          rejected.description());
      result =
          messenger.send(
              d.chat(), forReader(d, formatter, formatter.push(d.article(), false, d.more())));
    }
    if (result instanceof SendResult.Rejected rejected && isFormattingProblem(rejected)) {
      log.error(
          "Bug: Telegram refused our message for article {} ({}); resending as plain text",
          d.article().id(),
          rejected.description());
      result =
          messenger.send(
              d.chat(), forReader(d, formatter, formatter.plainPush(d.article(), d.more())));
    }
    return result;
  }

  /** The push as this chat takes it: in its topic; a channel's with a link back, no buttons. */
  private OutgoingMessage forReader(Delivery d, MessageFormatter formatter, OutgoingMessage m) {
    OutgoingMessage out = m.inThread(d.reader().thread());
    return d.reader().channel()
        ? out.withButtons(formatter.channelButtons(d.article(), botName.get()))
        : out;
  }

  private static boolean isFormattingProblem(SendResult.Rejected rejected) {
    String text = rejected.description().toLowerCase(Locale.ROOT);
    return text.contains("can't parse entities") || text.contains("too long");
  }

  private void record(Delivery d, SendResult result) {
    Instant now = clock.instant();
    if (result instanceof SendResult.Sent) {
      outbox.markSent(d.id(), now);
      metrics.sent(Duration.between(d.article().discovered(), now));
    } else if (result instanceof SendResult.RetryAfter r) {
      metrics.rateLimited();
      metrics.retried();
      floodWait(d.chat(), r.delay());
      outbox.retryAt(
          d.id(), now.plus(r.delay()), "429: retry after " + r.delay().toSeconds() + " s");
    } else if (result instanceof SendResult.Transient t) {
      metrics.retried();
      Duration wait = backoff(d.attempts());
      outbox.retryAt(d.id(), now.plus(wait), t.description());
      log.warn(
          "Send to chat {} failed ({}); retrying in {} s",
          d.chat(),
          t.description(),
          wait.toSeconds());
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
    }
  }

  /** Pauses the chat; a second chat paused within two seconds means a bot-wide flood wait. */
  private void floodWait(ChatId chat, Duration delay) {
    long now = limiter.now();
    limiter.pauseChat(chat, delay);
    ChatId previous = lastRateLimitedChat;
    if (previous != null
        && !previous.equals(chat)
        && now - lastRateLimitedNanos < FLOOD_WINDOW_NANOS) {
      limiter.pauseAll(delay);
      log.warn(
          "Telegram is holding the whole bot back; pausing all sends for {} s", delay.toSeconds());
    }
    lastRateLimitedChat = chat;
    lastRateLimitedNanos = now;
  }

  /** Exponential back-off with jitter: 2, 4, 8 ... seconds, up to fifteen minutes. */
  static Duration backoff(int attempts) {
    Duration base = Duration.ofSeconds(1L << Math.min(attempts + 1, 20));
    if (base.compareTo(MAX_BACKOFF) > 0) {
      base = MAX_BACKOFF;
    }
    long jitter = ThreadLocalRandom.current().nextLong(base.toMillis() / 2 + 1);
    return base.plusMillis(jitter);
  }

  private void awaitWork(long nanos) {
    lock.lock();
    try {
      if (!signalled && running) {
        workArrived.awaitNanos(nanos);
      }
      signalled = false;
    } catch (InterruptedException e) {
      running = false; // an interrupt means the process is going down
    } finally {
      lock.unlock();
    }
  }

  /** Stops dispatching and waits up to ten seconds for the sends in flight. */
  @Override
  public void close() {
    running = false;
    // Ends a wait for a rate slot or a worker; nothing is claimed during those waits.
    dispatcher.interrupt();
    try {
      dispatcher.join(TimeUnit.SECONDS.toMillis(5));
      workers.shutdown();
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("Sends still in flight after 10 s; they will be retried at the next start");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
