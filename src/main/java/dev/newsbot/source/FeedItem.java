package dev.newsbot.source;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed, as the feed gives it.
 *
 * @param link the article's address
 * @param title the headline, trimmed, entities decoded
 * @param author the byline, trimmed, or null
 * @param published when the feed says it was published, or null
 * @param description the feed's description as plain text (often the standfirst), or empty
 * @param contentHtml the full body HTML ({@code content:encoded}, Atom content), or empty
 */
public record FeedItem(
    URI link,
    String title,
    String author,
    Instant published,
    String description,
    String contentHtml) {
  public FeedItem {
    Objects.requireNonNull(link, "link == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(contentHtml, "contentHtml == null");
  }
}
