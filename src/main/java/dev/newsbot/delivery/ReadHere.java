package dev.newsbot.delivery;

import dev.newsbot.news.FullArticle;
import dev.newsbot.subscription.ChatId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a whole article into a chat ("Read here"): as one rich message, or, from a Bot API server
 * that does not know rich messages, as plain HTML messages in order. Such a server is remembered
 * for the life of the process, so later articles go straight to plain messages. One instance serves
 * one Bot API server; it is safe to share between threads.
 */
public final class ReadHere {
  private static final Logger log = LoggerFactory.getLogger(ReadHere.class);

  /** Telegram's refusals of a post to a forum topic that is closed or was deleted. */
  private static final Pattern TOPIC_GONE =
      Pattern.compile("(?i)topic_closed|topic_deleted|thread not found");

  private final RichMessenger rich;
  private final Messenger messenger;
  private final ReadableArticle renderer;
  private final AtomicBoolean plainOnly = new AtomicBoolean();

  /**
   * @param rich sends the rich message
   * @param messenger sends the plain fallback, one message after another
   * @param renderer renders the article both ways
   */
  public ReadHere(RichMessenger rich, Messenger messenger, ReadableArticle renderer) {
    this.rich = rich;
    this.messenger = messenger;
    this.renderer = renderer;
  }

  /**
   * Sends {@code article} to {@code chat}.
   *
   * <p>A rich message Telegram refuses (it could not fetch the lead image, say) is sent again
   * without the image, then as plain messages. A plain message that fails stops the rest, so the
   * chat never gets the article out of order; its result is returned.
   *
   * @return {@link SendResult.Sent} when all of it went out, else the failure that stopped it
   */
  public SendResult send(ChatId chat, FullArticle article) {
    return send(chat, article, renderer);
  }

  /** As {@link #send(ChatId, FullArticle)}, rendered by {@code renderer} (the chat's language). */
  public SendResult send(ChatId chat, FullArticle article, ReadableArticle renderer) {
    return send(chat, article, renderer, 0);
  }

  /**
   * As {@link #send(ChatId, FullArticle, ReadableArticle)}, in forum topic {@code thread} (0: the
   * chat itself), where the button was pressed.
   */
  public SendResult send(ChatId chat, FullArticle article, ReadableArticle renderer, int thread) {
    SendResult result = sendIn(chat, article, renderer, thread);
    if (thread != 0
        && result instanceof SendResult.Rejected rejected
        && TOPIC_GONE.matcher(rejected.description()).find()) {
      log.info("The topic of a Read here press is closed or gone; sending the article to the chat");
      return sendIn(chat, article, renderer, 0);
    }
    return result;
  }

  private SendResult sendIn(
      ChatId chat, FullArticle article, ReadableArticle renderer, int thread) {
    if (!plainOnly.get()) {
      RichMessage message = renderer.rich(article).inThread(thread);
      SendResult result = rich.sendRich(chat, message);
      if (result instanceof SendResult.Rejected && !message.photos().isEmpty()) {
        log.info(
            "Telegram refused the rich message for article {} with its image; sending it without",
            article.article().id());
        result = rich.sendRich(chat, renderer.rich(article, false).inThread(thread));
      }
      if (result instanceof SendResult.Unsupported unsupported) {
        if (plainOnly.compareAndSet(false, true)) {
          log.warn(
              "The Bot API server does not know rich messages ({}); Read here sends plain"
                  + " messages until the bot restarts",
              unsupported.description());
        }
      } else if (result instanceof SendResult.Rejected rejected) {
        log.warn(
            "Telegram refused the rich message for article {} ({}); sending plain messages",
            article.article().id(),
            rejected.description());
      } else {
        return result;
      }
    }
    return sendPlain(chat, renderer.plain(article).stream().map(m -> m.inThread(thread)).toList());
  }

  /** Whether this server was found not to know rich messages. */
  public boolean plainOnly() {
    return plainOnly.get();
  }

  private SendResult sendPlain(ChatId chat, List<OutgoingMessage> messages) {
    for (OutgoingMessage message : messages) {
      SendResult result = messenger.send(chat, message);
      if (!(result instanceof SendResult.Sent)) {
        return result;
      }
    }
    return new SendResult.Sent();
  }
}
