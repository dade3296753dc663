package dev.newsbot.delivery;

import dev.newsbot.news.Article;
import dev.newsbot.subscription.ChatId;
import java.util.Objects;

/**
 * One article queued for one chat.
 *
 * @param id the outbox row
 * @param chat who gets it
 * @param article what they get
 * @param attempts how many sends were tried before this one
 * @param more how many older articles of the chat's backlog were left out; the message says so
 */
public record Delivery(long id, ChatId chat, Article article, int attempts, int more) {
  public Delivery {
    Objects.requireNonNull(chat, "chat == null");
    Objects.requireNonNull(article, "article == null");
  }
}
