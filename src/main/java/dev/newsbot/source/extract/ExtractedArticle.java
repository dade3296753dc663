package dev.newsbot.source.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An article read from a web page: its metadata and its body as text blocks in reading order.
 *
 * @param title the headline without the site-name suffix; never blank
 * @param authors the authors' names, possibly empty
 * @param published when the article was first published, in the publisher's local time and offset
 *     (so that {@code toLocalDate()} is the day the publisher printed), or null when the page does
 *     not say
 * @param excerpt the standfirst (or, failing that, the opening of the body); may be empty
 * @param image the lead image, or null
 * @param imageCaption the caption the page gives the lead image, or empty
 * @param canonicalUrl the page's canonical address, or null
 * @param language the page's language tag (such as {@code en} or {@code de-CH}), or null
 * @param body paragraphs, subheadings and list items in order; never empty, none blank
 */
public record ExtractedArticle(
    String title,
    List<String> authors,
    OffsetDateTime published,
    String excerpt,
    URI image,
    String imageCaption,
    URI canonicalUrl,
    String language,
    List<String> body) {

  public ExtractedArticle {
    Objects.requireNonNull(title, "title == null");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title is blank");
    }
    authors = List.copyOf(Objects.requireNonNull(authors, "authors == null"));
    excerpt = Objects.requireNonNull(excerpt, "excerpt == null");
    imageCaption = Objects.requireNonNull(imageCaption, "imageCaption == null");
    body = List.copyOf(Objects.requireNonNull(body, "body == null"));
    if (body.isEmpty()) {
      throw new IllegalArgumentException("body is empty");
    }
    for (String block : body) {
      if (block.isBlank()) {
        throw new IllegalArgumentException("body has a blank block");
      }
    }
  }

  /** The body blocks separated by blank lines. */
  public String text() {
    return String.join("\n\n", body);
  }
}
