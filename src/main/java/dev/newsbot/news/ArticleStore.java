package dev.newsbot.news;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Recipient;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where articles are kept, and where their deliveries are queued in the same transaction. */
public interface ArticleStore {
  /** Whether an article with this normalised URL is stored already. */
  boolean contains(String urlKey);

  /**
   * Stores the article unless one with the same URL key or content hash exists, and queues one
   * delivery for each of {@code recipients} that is an active subscriber, in the same transaction:
   * staged until the poll ends (the outbox's {@code releaseStaged} queues it, due from its time),
   * or held for its digest.
   *
   * @return the stored article, or empty when it was a duplicate
   */
  Optional<Article> add(NewArticle article, Collection<Recipient> recipients);

  /** Whether the article was queued for {@code chat} (it followed the article's source). */
  boolean deliveredTo(long articleId, ChatId chat);

  /** The stored article with this id. */
  Optional<Article> byId(long id);

  /** The article with this id and its text, or empty when there is none. */
  Optional<FullArticle> find(long id);

  /** The newest {@code limit} articles of any source, newest first. */
  List<Article> latest(int limit);

  /** The newest {@code limit} articles of {@code sources}, newest first. */
  List<Article> latest(int limit, Collection<SourceId> sources);
}
