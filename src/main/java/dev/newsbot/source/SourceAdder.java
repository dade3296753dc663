package dev.newsbot.source;

import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.Refusal;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.fetch.Validators;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.extract.PageDecoder;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /add}: makes a source of a link a chat user handed in. A feed is taken as it is; a web
 * page is searched for the feed it announces ({@code <link rel="alternate">}), then the usual feed
 * addresses of its site are tried, and failing both the page is read as a listing. Every fetch goes
 * through the user URL policy. A source two chats add is stored once and polled once; its first
 * poll stores what it lists without pushing it.
 */
public final class SourceAdder {
  private static final Logger log = LoggerFactory.getLogger(SourceAdder.class);
  private static final List<String> FEED_PATHS =
      List.of("/feed/", "/feed", "/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml");

  /** A listing page with fewer article links than this is not taken for one. */
  static final int MIN_LISTING_LINKS = 3;

  /** What came of {@code /add}. */
  public sealed interface Added {
    /**
     * A source: new, or one the bot reads already.
     *
     * @param newest the headline of its newest article, if it has any
     */
    record Found(Source source, boolean isNew, Optional<String> newest) implements Added {}

    /** Neither a feed nor a listing. */
    record NothingFound() implements Added {}

    record Refused(Refusal why) implements Added {}

    record Throttled(boolean botWide) implements Added {}

    /**
     * @param reason what went wrong, in a few words
     */
    record Failed(String reason) implements Added {}
  }

  private final UserLinks links;
  private final HttpFetcher fetcher;
  private final UserUrlPolicy policy;
  private final FeedReader feeds;
  private final SourcePoller poller;
  private final SourceCatalog catalog;
  private final ArticleStore articles;
  private final ZoneId zone;

  /**
   * @param zone the zone of dates written without an offset in chats' sources
   */
  public SourceAdder(
      UserLinks links,
      HttpFetcher fetcher,
      UserUrlPolicy policy,
      FeedReader feeds,
      SourcePoller poller,
      SourceCatalog catalog,
      ArticleStore articles,
      ZoneId zone) {
    this.links = links;
    this.fetcher = fetcher;
    this.policy = policy;
    this.feeds = feeds;
    this.poller = poller;
    this.catalog = catalog;
    this.articles = articles;
    this.zone = zone;
  }

  /** Finds the source behind {@code link} for {@code chat}, storing and polling it when new. */
  public CompletableFuture<Added> add(long chat, String link) {
    return links.fetch(chat, link, outcome -> added(chat, outcome));
  }

  private Added added(long chat, UserLinks.Outcome outcome) {
    if (outcome instanceof UserLinks.Outcome.Refused r) {
      return new Added.Refused(r.why());
    }
    if (outcome instanceof UserLinks.Outcome.Throttled t) {
      return new Added.Throttled(t.botWide());
    }
    if (outcome instanceof UserLinks.Outcome.Failed f) {
      return new Added.Failed(reason(f.error()));
    }
    FetchResult.Fetched page = ((UserLinks.Outcome.Fetched) outcome).page();
    try {
      Optional<Candidate> candidate = candidate(page);
      return candidate.<Added>map(c -> store(chat, c)).orElseGet(Added.NothingFound::new);
    } catch (RuntimeException e) {
      log.warn("Could not make a source of {}", page.url(), e);
      return new Added.Failed("the page could not be read");
    }
  }

  /** A source to be: where it is, what it is, what to call it. */
  private record Candidate(Source.Kind kind, URI url, String name) {}

  private Optional<Candidate> candidate(FetchResult.Fetched page) {
    Optional<String> title = feedTitle(page);
    if (title.isPresent()) {
      return Optional.of(
          new Candidate(Source.Kind.FEED, page.url(), name(title.get(), page.url())));
    }
    Document doc = PageDecoder.decode(page.body(), page.charset(), page.url());
    URI announced = LinkFinder.announcedFeed(doc);
    if (announced != null) {
      Optional<Candidate> feed = feedAt(announced);
      if (feed.isPresent()) {
        return feed;
      }
    }
    for (String path : FEED_PATHS) {
      Optional<Candidate> feed = feedAt(page.url().resolve(path));
      if (feed.isPresent()) {
        return feed;
      }
    }
    if (LinkFinder.find(doc, null, page.url()).size() >= MIN_LISTING_LINKS) {
      return Optional.of(
          new Candidate(Source.Kind.PAGE, page.url(), name(doc.title(), page.url())));
    }
    return Optional.empty();
  }

  private Optional<Candidate> feedAt(URI url) {
    try {
      FetchResult result = fetcher.get(url, Validators.NONE, policy.fetchPolicy());
      if (result instanceof FetchResult.Fetched feed) {
        return feedTitle(feed).map(t -> new Candidate(Source.Kind.FEED, feed.url(), name(t, url)));
      }
    } catch (FetchException e) {
      log.debug("No feed at {}: {}", url, e.getMessage());
    }
    return Optional.empty();
  }

  private Optional<String> feedTitle(FetchResult.Fetched page) {
    if (page.contentType().contains("html")) {
      return Optional.empty();
    }
    try {
      return Optional.of(feeds.readFeed(page.body(), page.charset(), page.url(), zone).title());
    } catch (FeedException e) {
      return Optional.empty(); // not a feed
    }
  }

  private Added store(long chat, Candidate c) {
    String key = UrlNormalizer.key(c.url());
    for (Source s : catalog.configured()) {
      if (UrlNormalizer.key(s.url()).equals(key)) {
        return found(s, false);
      }
    }
    Optional<Source> known = catalog.byUrlKey(key);
    if (known.isPresent()) {
      return found(catalog.find(known.get().id()).orElse(known.get()), false);
    }
    Source source = Source.chat(freeId(c), c.name(), c.kind(), c.url(), zone);
    catalog.add(source, key, chat);
    PollResult first = poller.poll(source); // the backlog is stored for /latest, not pushed
    if (first.outcome() == PollResult.Outcome.FAILED) {
      log.info("First poll of chat source '{}' failed: {}", source.id(), first.error());
    }
    return found(source, true);
  }

  private Added found(Source s, boolean isNew) {
    Optional<String> newest =
        articles.latest(1, List.of(s.id())).stream().map(Article::title).findFirst();
    return new Added.Found(s, isNew, newest);
  }

  /** An id from the site's name, made unique: {@code straitstimes}, {@code straitstimes-2}. */
  private SourceId freeId(Candidate c) {
    String host = c.url().getHost() == null ? "feed" : c.url().getHost().toLowerCase(Locale.ROOT);
    host = host.replaceFirst("^(www|rss|feeds?)\\.", "");
    int dot = host.lastIndexOf('.');
    String base = (dot > 0 ? host.substring(0, dot) : host).replaceAll("[^a-z0-9]+", "-");
    base = base.replaceAll("^-+|-+$", "");
    if (base.isEmpty() || !Character.isLetterOrDigit(base.charAt(0))) {
      base = "feed";
    }
    base = base.length() > 40 ? base.substring(0, 40) : base;
    String id = base;
    for (int n = 2; catalog.find(new SourceId(id)).isPresent(); n++) {
      id = base + "-" + n;
    }
    return new SourceId(id);
  }

  private static String name(String title, URI url) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      return url.getHost() == null ? url.toString() : url.getHost().replaceFirst("^www\\.", "");
    }
    return t.length() > 60 ? t.substring(0, 59) + "…" : t;
  }

  private static String reason(FetchException e) {
    if (e.status() > 0) {
      return "the site answered " + e.status();
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.startsWith("robots.txt")) {
      return "the site's robots.txt asks bots not to read it";
    }
    return "the site did not answer properly";
  }
}
