package dev.newsbot.source;

import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.Validators;
import dev.newsbot.news.Source;
import dev.newsbot.source.extract.PageDecoder;
import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Tries a source once, as {@code check} does for the operator: what is there (a feed, a page that
 * announces one, a listing), how many items, the newest headline, and what went wrong, if anything.
 */
public final class SourceCheck {
  /**
   * One source's line of the table.
   *
   * @param found what was found, such as "RSS/Atom feed" or "listing page"
   * @param items how many items or article links
   * @param newest the newest headline, or empty
   * @param millis how long it took
   * @param problem what is wrong, or empty when the source is readable
   */
  public record Row(
      String source, String found, int items, String newest, long millis, String problem) {
    public boolean readable() {
      return problem.isEmpty();
    }
  }

  private final HttpFetcher fetcher;
  private final FeedReader feeds;

  public SourceCheck(HttpFetcher fetcher, FeedReader feeds) {
    this.fetcher = fetcher;
    this.feeds = feeds;
  }

  public Row check(Source source) {
    long start = System.nanoTime();
    String id = source.id().value();
    try {
      FetchResult.Fetched page = fetch(source.url());
      if (source.kind() == Source.Kind.PAGE) {
        Document doc = PageDecoder.decode(page.body(), page.charset(), page.url());
        List<URI> links = LinkFinder.find(doc, source.links(), page.url());
        return new Row(
            id,
            "listing page",
            links.size(),
            "",
            ms(start),
            links.isEmpty() ? "no article links found on the page" : "");
      }
      if (page.contentType().contains("html")) {
        URI feed =
            LinkFinder.announcedFeed(PageDecoder.decode(page.body(), page.charset(), page.url()));
        if (feed == null) {
          return new Row(
              id,
              "web page",
              0,
              "",
              ms(start),
              "a web page that announces no feed: give the feed's address, or list it as 'page'");
        }
        page = fetch(feed);
      }
      List<FeedItem> items = feeds.read(page.body(), page.charset(), page.url(), source.zone());
      return new Row(
          id,
          "RSS/Atom feed",
          items.size(),
          items.isEmpty() ? "" : items.get(0).title(),
          ms(start),
          items.isEmpty() ? "the feed lists no items" : "");
    } catch (FetchException e) {
      return new Row(id, "-", 0, "", ms(start), e.getMessage());
    } catch (FeedException e) {
      return new Row(id, "not a feed", 0, "", ms(start), e.getMessage());
    } catch (RuntimeException e) {
      return new Row(id, "-", 0, "", ms(start), "unexpected: " + e);
    }
  }

  private FetchResult.Fetched fetch(URI url) throws FetchException {
    FetchResult result = fetcher.get(url, Validators.NONE);
    if (result instanceof FetchResult.Fetched page) {
      return page;
    }
    throw new FetchException(url, 304, "the server answered 304 to a plain request");
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
