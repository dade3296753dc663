package dev.newsbot.source;

import dev.newsbot.news.SourceId;
import java.util.Optional;

/** Links found on listing pages that are not worth fetching again: not articles, or the backlog. */
public interface SeenLinks {
  boolean contains(String urlKey);

  void remember(SourceId source, String urlKey);

  /**
   * Remembers a link that leads to stored article {@code articleId}: an address of it other than
   * the one it is stored under, or another page with the same text.
   */
  void rememberAs(SourceId source, String urlKey, long articleId);

  /** The stored article a remembered link leads to, when it was remembered as one. */
  Optional<Long> articleOf(String urlKey);
}
