package dev.newsbot.bench;

import java.util.List;
import java.util.Objects;

/**
 * One line of a summary evaluation set.
 *
 * @param references every human summary; the first is {@code reference}
 */
public record EvalArticle(String id, String text, String reference, List<String> references) {
  public EvalArticle {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(text, "text == null");
    Objects.requireNonNull(reference, "reference == null");
    references = references.isEmpty() ? List.of(reference) : List.copyOf(references);
  }
}
