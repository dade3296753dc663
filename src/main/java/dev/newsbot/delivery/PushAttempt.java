package dev.newsbot.delivery;

import dev.newsbot.news.SourceId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One try at one delivery: the push rendered for its reader, falling back to text when Telegram
 * refuses the photo and to plain text when it refuses our HTML. A fallback is one more send, so it
 * waits for its own slot of the limiter.
 */
public final class PushAttempt {
  private static final Logger log = LoggerFactory.getLogger(PushAttempt.class);

  private final Messenger messenger;
  private final Formatters formatters;
  private final Supplier<String> botName;
  private final Predicate<SourceId> photos;
  private final SendLimiter limiter;

  /**
   * @param botName the bot's @name, for channels' links back to it
   * @param photos whether articles of a source are pushed with their lead image
   */
  public PushAttempt(
      Messenger messenger,
      Formatters formatters,
      Supplier<String> botName,
      Predicate<SourceId> photos,
      SendLimiter limiter) {
    this.messenger = messenger;
    this.formatters = formatters;
    this.botName = botName;
    this.photos = photos;
    this.limiter = limiter;
  }

  /** Sends the delivery; its first send's slot is taken already. */
  SendResult send(Delivery d) {
    try {
      return attempt(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SendResult.Transient("interrupted while waiting to resend");
    }
  }

  private SendResult attempt(Delivery d) throws InterruptedException {
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
      awaitSlot(d);
      result =
          messenger.send(
              d.chat(), forReader(d, formatter, formatter.push(d.article(), false, d.more())));
    }
    if (result instanceof SendResult.Rejected rejected && isFormattingProblem(rejected)) {
      log.error(
          "Bug: Telegram refused our message for article {} ({}); resending as plain text",
          d.article().id(),
          rejected.description());
      awaitSlot(d);
      result =
          messenger.send(
              d.chat(), forReader(d, formatter, formatter.plainPush(d.article(), d.more())));
    }
    return result;
  }

  private void awaitSlot(Delivery d) throws InterruptedException {
    long wait;
    while ((wait = limiter.tryAcquire(d.chat(), SendLimiter.Kind.PUSH)) > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
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
}
