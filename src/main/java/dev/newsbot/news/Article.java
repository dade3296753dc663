package dev.newsbot.news;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored article, as users are shown it.
 *
 * @param id the store's key
 * @param source where it was found: the source that stored it, or (as a chat is shown it) another
 *     source the chat follows that lists it too
 * @param sourceName that source's display name at the time it stored or listed the article
 * @param url its normalised address
 * @param title the headline
 * @param author the byline, or null
 * @param published when the site says it was published, or null
 * @param discovered when the bot stored it
 * @param standfirst the one-line subtitle, or empty
 * @param image the lead image, or null
 * @param imageCaption the lead image's caption, or empty
 * @param summary the summary, or empty
 */
public record Article(
    long id,
    SourceId source,
    String sourceName,
    URI url,
    String title,
    String author,
    Instant published,
    Instant discovered,
    String standfirst,
    URI image,
    String imageCaption,
    String summary) {
  public Article {
    Objects.requireNonNull(imageCaption, "imageCaption == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(sourceName, "sourceName == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(discovered, "discovered == null");
    Objects.requireNonNull(standfirst, "standfirst == null");
    Objects.requireNonNull(summary, "summary == null");
  }

  /** The same article as another source that lists it shows it: under its id and name. */
  public Article listedBy(SourceId by, String name) {
    return new Article(
        id,
        by,
        name,
        url,
        title,
        author,
        published,
        discovered,
        standfirst,
        image,
        imageCaption,
        summary);
  }

  /** The time to show: when it was published, or when the bot found it if the site gave none. */
  public Instant shownTime() {
    return published != null ? published : discovered;
  }
}
