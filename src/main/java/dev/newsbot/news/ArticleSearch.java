package dev.newsbot.news;

import java.util.Collection;
import java.util.List;

/** Full-text search over stored articles. */
public interface ArticleSearch {
  /**
   * The articles that contain every one of {@code words} in their title, summary or text, the most
   * relevant first (a word in the title weighs most), the newest first among equals.
   */
  List<Article> search(List<String> words, int limit);

  /**
   * As {@link #search(List, int)}, over the articles {@code sources} list, each as one lists it.
   */
  List<Article> search(List<String> words, int limit, Collection<SourceId> sources);
}
