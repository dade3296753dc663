package dev.newsbot.source;

import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchPolicy;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.Validators;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.extract.ArticleBody;
import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.BodyCleaner;
import dev.newsbot.source.extract.ExtractedArticle;
import dev.newsbot.source.extract.ExtractionRules;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a storable article out of a feed item or an article page: its clean text, its metadata, and
 * its summary. A feed item that carries only a teaser is completed from its page.
 */
final class ArticleReader {
  private static final Logger log = LoggerFactory.getLogger(ArticleReader.class);

  /** A feed body shorter than this is a teaser: the page is fetched for the whole story. */
  static final int TEASER_CHARS = 600;

  private final HttpFetcher fetcher;
  private final Summarizer summarizer;
  private final Map<SourceId, ArticleExtractor> extractors = new ConcurrentHashMap<>();

  private final Function<Source, FetchPolicy> policies;

  /**
   * @param policies how far each source's fetches are trusted
   */
  ArticleReader(
      HttpFetcher fetcher, Summarizer summarizer, Function<Source, FetchPolicy> policies) {
    this.fetcher = fetcher;
    this.summarizer = summarizer;
    this.policies = policies;
  }

  /** The article of a feed item; empty when it has no title to show. */
  Optional<NewArticle> fromItem(Source source, URI url, FeedItem item) {
    ArticleBody feedBody =
        !item.contentHtml().isEmpty()
            ? BodyCleaner.clean(item.contentHtml(), url)
            : new ArticleBody(
                item.description().isEmpty() ? List.of() : List.of(item.description()), null);
    ExtractedArticle page = null;
    if (feedBody.text().length() < TEASER_CHARS) {
      page = fetchQuietly(source, url).orElse(null);
    }
    String body =
        page != null && page.text().length() > feedBody.text().length()
            ? page.text()
            : feedBody.text();
    String title = !item.title().isEmpty() ? item.title() : page != null ? page.title() : "";
    if (title.isEmpty()) {
      return Optional.empty();
    }
    String standfirst =
        !item.description().isEmpty() ? item.description() : page != null ? page.excerpt() : "";
    URI image =
        feedBody.leadImage() != null ? feedBody.leadImage() : page == null ? null : page.image();
    return Optional.of(
        article(
            source,
            url,
            title,
            item.author() != null ? item.author() : page == null ? null : authors(page),
            item.published() != null
                ? item.published()
                : page == null
                    ? null
                    : page.published() == null ? null : page.published().toInstant(),
            standfirst,
            image,
            page != null && image != null && image.equals(page.image()) ? page.imageCaption() : "",
            body));
  }

  /**
   * The article at a link found on a listing page; empty when the page is not an article.
   *
   * @throws FetchException when the page cannot be fetched
   */
  Optional<NewArticle> fromPage(Source source, URI link) throws FetchException {
    Optional<ExtractedArticle> extracted = fetchPage(source, link);
    if (extracted.isEmpty()) {
      return Optional.empty();
    }
    ExtractedArticle page = extracted.get();
    URI canonical = page.canonicalUrl();
    URI url =
        canonical != null && sameSite(canonical, link) ? UrlNormalizer.clean(canonical) : link;
    return Optional.of(
        article(
            source,
            url,
            page.title(),
            authors(page),
            page.published() == null ? null : page.published().toInstant(),
            page.excerpt(),
            page.image(),
            page.imageCaption(),
            page.text()));
  }

  private NewArticle article(
      Source source,
      URI url,
      String title,
      String author,
      java.time.Instant published,
      String standfirst,
      URI image,
      String imageCaption,
      String body) {
    String lead =
        body.startsWith(standfirst)
            ? ""
            : standfirst; // an excerpt that only opens the body adds nothing
    String summary = summarizer.summarize(new SummaryRequest(title, lead, body));
    return new NewArticle(
        source.id(),
        source.name(),
        url,
        UrlNormalizer.key(url),
        ContentFingerprint.of(body),
        title,
        author,
        published,
        lead,
        image,
        imageCaption,
        body,
        summary);
  }

  private Optional<ExtractedArticle> fetchPage(Source source, URI url) throws FetchException {
    FetchResult result = fetcher.get(url, Validators.NONE, policies.apply(source));
    if (!(result instanceof FetchResult.Fetched page)) {
      return Optional.empty(); // 304 cannot answer a request without validators
    }
    ArticleExtractor extractor =
        extractors.computeIfAbsent(
            source.id(), id -> new ArticleExtractor(new ExtractionRules(source.remove())));
    return extractor.extract(page.body(), page.charset(), page.url(), source.zone());
  }

  /** The page of a teaser; a failure leaves the teaser as it is. */
  private Optional<ExtractedArticle> fetchQuietly(Source source, URI url) {
    try {
      return fetchPage(source, url);
    } catch (FetchException e) {
      log.info(
          "Source '{}': kept the feed's teaser of {}, its page failed: {}",
          source.id(),
          url,
          e.getMessage());
      return Optional.empty();
    }
  }

  private static String authors(ExtractedArticle page) {
    return page.authors().isEmpty() ? null : String.join(", ", page.authors());
  }

  private static boolean sameSite(URI a, URI b) {
    String ha = a.getHost() == null ? "" : a.getHost().replaceFirst("^www\\.", "");
    String hb = b.getHost() == null ? "" : b.getHost().replaceFirst("^www\\.", "");
    return ha.equalsIgnoreCase(hb);
  }
}
