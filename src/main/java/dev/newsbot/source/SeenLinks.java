package dev.newsbot.source;

import dev.newsbot.news.SourceId;

/** Links found on listing pages that are not worth fetching again: not articles, or the backlog. */
public interface SeenLinks {
  boolean contains(String urlKey);

  void remember(SourceId source, String urlKey);
}
