package dev.newsbot.news;

import java.util.List;
import java.util.Objects;

/**
 * A stored article with its text, for reading it whole.
 *
 * @param article the article as users are shown it
 * @param body its text in reading order; empty only if nothing readable was stored
 */
public record FullArticle(Article article, List<BodyBlock> body) {
  public FullArticle {
    Objects.requireNonNull(article, "article == null");
    body = List.copyOf(Objects.requireNonNull(body, "body == null"));
  }
}
