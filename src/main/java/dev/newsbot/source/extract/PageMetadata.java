package dev.newsbot.source.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a page says about itself in its head: JSON-LD, OpenGraph, Dublin Core and the other meta
 * tags.
 *
 * @param titles title candidates, best first (JSON-LD headline, og:title, then other meta titles)
 * @param documentTitle the {@code <title>} text, possibly empty
 * @param siteName the site's name, possibly empty
 * @param authors the authors' names, possibly empty
 * @param pageAuthors the authors a JSON-LD WebPage names when no article object does (SEO plugins
 *     write the post's author there, or the site owner), for when the page shows no byline
 * @param published the publication time with the offset the page gave (or the source zone's), or
 *     null
 * @param description the standfirst or summary the page declares, possibly empty
 * @param image the lead image, or null
 * @param canonical the canonical address, or null
 * @param language the language tag, or null
 * @param declaresArticle whether JSON-LD, og:type or the markup (one hentry, one microdata article)
 *     say this page is an article
 * @param declaredBody the article text given in JSON-LD {@code articleBody}, possibly empty
 */
record PageMetadata(
    List<String> titles,
    String documentTitle,
    String siteName,
    List<String> authors,
    List<String> pageAuthors,
    OffsetDateTime published,
    String description,
    URI image,
    URI canonical,
    String language,
    boolean declaresArticle,
    String declaredBody) {

  PageMetadata {
    titles = List.copyOf(titles);
    Objects.requireNonNull(documentTitle, "documentTitle == null");
    Objects.requireNonNull(siteName, "siteName == null");
    authors = List.copyOf(authors);
    pageAuthors = List.copyOf(pageAuthors);
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(declaredBody, "declaredBody == null");
  }
}
