package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies to commands within the same limits as pushes. A reply held back by a short flood
 * wait is sent after it; one held back longer is dropped, as an answer that arrives minutes late is
 * no answer.
 */
public final class ReplyMessenger implements Messenger {
  private static final Logger log = LoggerFactory.getLogger(ReplyMessenger.class);
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);

  private final Messenger messenger;
  private final SendLimiter limiter;

  public ReplyMessenger(Messenger messenger, SendLimiter limiter) {
    this.messenger = messenger;
    this.limiter = limiter;
  }

  @Override
  public SendResult send(ChatId chat, OutgoingMessage message) {
    try {
      SendResult result = paced(chat, message);
      if (result instanceof SendResult.RetryAfter r) {
        limiter.pauseChat(chat, r.delay());
        if (r.delay().compareTo(MAX_WAIT) <= 0) {
          result = paced(chat, message);
        } else {
          log.warn(
              "Dropped a reply to chat {}: Telegram asked to wait {} s",
              chat,
              r.delay().toSeconds());
        }
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.Transient("interrupted");
    }
  }

  private SendResult paced(ChatId chat, OutgoingMessage message) throws InterruptedException {
    long wait = limiter.chatReadyAt(chat) - limiter.now();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(Math.min(wait, MAX_WAIT.toNanos()));
    }
    limiter.acquireGlobal();
    limiter.chatSent(chat);
    return messenger.send(chat, message);
  }
}
