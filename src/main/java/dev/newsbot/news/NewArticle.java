package dev.newsbot.news;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * An article found on a source and not stored yet.
 *
 * @param source where it was found
 * @param sourceName the source's display name
 * @param url its address, as users are shown it
 * @param urlKey the normalised address; no two stored articles share one
 * @param contentHash a fingerprint of the text, or null; no two stored articles share one
 * @param title the headline
 * @param author the byline, or null
 * @param published when the site says it was published, or null
 * @param standfirst the one-line subtitle, or empty
 * @param image the lead image, or null
 * @param imageCaption the lead image's caption, or empty
 * @param body the article text, paragraphs separated by blank lines
 * @param summary the summary pushed to users, or empty when none could be made
 */
public record NewArticle(
    SourceId source,
    String sourceName,
    URI url,
    String urlKey,
    String contentHash,
    String title,
    String author,
    Instant published,
    String standfirst,
    URI image,
    String imageCaption,
    String body,
    String summary) {
  public NewArticle {
    Objects.requireNonNull(imageCaption, "imageCaption == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(sourceName, "sourceName == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(urlKey, "urlKey == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(standfirst, "standfirst == null");
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(summary, "summary == null");
  }
}
