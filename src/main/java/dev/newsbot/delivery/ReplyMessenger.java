package dev.newsbot.delivery;

import dev.newsbot.delivery.SendLimiter.Kind;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies to commands within the same limits as pushes, ahead of them. A reply that would
 * wait more than five seconds, for its chat's limit or for a flood wait, is dropped, as an answer
 * that arrives minutes late is no answer.
 */
public final class ReplyMessenger implements Messenger {
  private static final Logger log = LoggerFactory.getLogger(ReplyMessenger.class);
  private static final long MAX_WAIT = Duration.ofSeconds(5).toNanos();

  private final Messenger messenger;
  private final SendLimiter limiter;
  private final LongSupplier nanoTime;

  public ReplyMessenger(Messenger messenger, SendLimiter limiter, LongSupplier nanoTime) {
    this.messenger = messenger;
    this.limiter = limiter;
    this.nanoTime = nanoTime;
  }

  @Override
  public SendResult send(ChatId chat, OutgoingMessage message) {
    try {
      SendResult result = paced(chat, message);
      if (result instanceof SendResult.RetryAfter r) {
        limiter.rateLimited(chat, r.delay());
        result = paced(chat, message);
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.Transient("interrupted");
    }
  }

  private SendResult paced(ChatId chat, OutgoingMessage message) throws InterruptedException {
    long deadline = nanoTime.getAsLong() + MAX_WAIT;
    if (!waitUntil(deadline, limiter.chatWait(chat))) {
      return dropped(chat);
    }
    limiter.replyWaiting();
    try {
      long wait;
      while ((wait = limiter.tryAcquire(chat, Kind.REPLY)) > 0) {
        if (!waitUntil(deadline, wait)) {
          return dropped(chat);
        }
      }
    } finally {
      limiter.replyDone();
    }
    long start = nanoTime.getAsLong();
    try {
      return messenger.send(chat, message);
    } finally {
      limiter.answered(chat, nanoTime.getAsLong() - start);
    }
  }

  /** Sleeps {@code wait}, unless that ends after {@code deadline}; false then. */
  private boolean waitUntil(long deadline, long wait) throws InterruptedException {
    if (nanoTime.getAsLong() + wait > deadline) {
      return false;
    }
    TimeUnit.NANOSECONDS.sleep(wait);
    return true;
  }

  private static SendResult dropped(ChatId chat) {
    log.warn("Dropped a reply to chat {}: Telegram's limits held it back more than 5 s", chat);
    return new SendResult.Transient("held back by the rate limit");
  }
}
