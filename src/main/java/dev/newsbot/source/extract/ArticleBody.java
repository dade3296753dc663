package dev.newsbot.source.extract;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * An article's text as blocks in reading order: paragraphs, subheadings and list items.
 *
 * @param blocks the text blocks, none blank
 * @param leadImage the first image of the body, or null
 */
public record ArticleBody(List<String> blocks, URI leadImage) {
  public ArticleBody {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks == null"));
  }

  /** The blocks separated by blank lines. */
  public String text() {
    return String.join("\n\n", blocks);
  }
}
