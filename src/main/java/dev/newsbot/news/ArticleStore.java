package dev.newsbot.news;

import java.util.List;
import java.util.Optional;

/** Where articles are kept, and where their deliveries are queued in the same transaction. */
public interface ArticleStore {
  /** Whether an article with this normalised URL is stored already. */
  boolean contains(String urlKey);

  /**
   * Stores the article unless one with the same URL key or content hash exists. When {@code
   * deliver} is true, one pending delivery per active subscriber is queued in the same transaction.
   *
   * @return the stored article, or empty when it was a duplicate
   */
  Optional<Article> add(NewArticle article, boolean deliver);

  /** The article with this id and its text, or empty when there is none. */
  Optional<FullArticle> find(long id);

  /** The newest {@code limit} articles, newest first. */
  List<Article> latest(int limit);
}
