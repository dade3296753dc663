package dev.newsbot.source;

import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchPolicy;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.Validators;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.retry.Backoff;
import dev.newsbot.source.extract.HtmlSniffer;
import dev.newsbot.source.extract.PageDecoder;
import dev.newsbot.subscription.Audience;
import dev.newsbot.subscription.Recipient;
import dev.newsbot.summary.Summarizer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one source: fetches its feed or listing page, stores each article not seen before with its
 * summary, and queues it for subscribers. The first successful poll of a source records its backlog
 * without pushing it. A failing source backs off; the others are not affected.
 */
public final class SourcePoller {
  private static final Logger log = LoggerFactory.getLogger(SourcePoller.class);
  private static final Duration MAX_BACKOFF = Duration.ofHours(1);

  /** Article pages fetched on a listing's first poll, so that /latest has something to show. */
  static final int PRIME_PAGES = 5;

  /** Article pages fetched per poll of a listing at most; the rest wait for the next poll. */
  static final int MAX_PAGES = 20;

  /**
   * How recently another source must have stored an article for this source's followers to get it
   * when this source lists it too: polls of two feeds lag each other by minutes, or by hours when
   * one was failing; an older article is news to nobody.
   */
  static final Duration SHARED_WITHIN = Duration.ofHours(24);

  private final HttpFetcher fetcher;
  private final FeedReader feeds;
  private final ArticleReader reader;
  private final ArticleStore articles;
  private final SourceStateStore states;
  private final SeenLinks seen;
  private final Audience audience;
  private final Consumer<PollResult> onPolled;
  private final Clock clock;
  private final Duration pollInterval;
  private final Backoff backoff;
  private final FetchPolicy chatSourcePolicy;

  /** What one successful poll found. */
  private record Found(
      boolean modified, int read, int stored, URI feedUrl, Validators validators) {}

  /**
   * @param onPolled told of every poll's result: to count it, and to wake the sender when it queued
   *     deliveries
   * @param pollInterval the normal interval, the first step of the back-off
   */
  public SourcePoller(
      HttpFetcher fetcher,
      FeedReader feeds,
      Summarizer summarizer,
      ArticleStore articles,
      SourceStateStore states,
      SeenLinks seen,
      Audience audience,
      Consumer<PollResult> onPolled,
      Clock clock,
      Duration pollInterval,
      FetchPolicy chatSourcePolicy) {
    this.fetcher = fetcher;
    this.feeds = feeds;
    this.reader = new ArticleReader(fetcher, summarizer, this::policy);
    this.articles = articles;
    this.states = states;
    this.seen = seen;
    this.audience = audience;
    this.onPolled = onPolled;
    this.clock = clock;
    this.pollInterval = pollInterval;
    this.backoff =
        new Backoff(
            pollInterval, MAX_BACKOFF.compareTo(pollInterval) < 0 ? pollInterval : MAX_BACKOFF, 0);
    this.chatSourcePolicy = chatSourcePolicy;
  }

  /** Sources chats added are strangers' addresses: fetched under the policy for users' links. */
  private FetchPolicy policy(Source source) {
    return source.origin() == Source.Origin.CHAT ? chatSourcePolicy : FetchPolicy.TRUSTED;
  }

  public PollResult poll(Source source) {
    PollResult result = pollOnce(source);
    onPolled.accept(result);
    return result;
  }

  private PollResult pollOnce(Source source) {
    SourceId id = source.id();
    SourceState state = states.load(id);
    Instant now = clock.instant();
    if (state.nextPollAt() != null && now.isBefore(state.nextPollAt())) {
      return new PollResult(id, PollResult.Outcome.BACKING_OFF, 0, null);
    }
    if (fetcher.stopping()) {
      return new PollResult(id, PollResult.Outcome.BACKING_OFF, 0, null);
    }
    try {
      Found found =
          source.kind() == Source.Kind.FEED ? pollFeed(source, state) : pollPage(source, state);
      if (fetcher.stopping()) {
        // Cut short by shutdown: neither a success (what is left would count as read) nor a
        // failure (it would back off); the next start polls it again.
        return new PollResult(
            id, PollResult.Outcome.BACKING_OFF, found.read(), found.stored(), null, null, 0, false);
      }
      states.recordSuccess(id, found.feedUrl(), found.validators(), clock.instant());
      return new PollResult(
          id,
          found.modified() ? PollResult.Outcome.CHECKED : PollResult.Outcome.NOT_MODIFIED,
          found.read(),
          found.stored(),
          null,
          null,
          state.consecutiveFailures(),
          !state.primed());
    } catch (FetchException | FeedException e) {
      if (fetcher.stopping()) {
        return new PollResult(
            id, PollResult.Outcome.BACKING_OFF, 0, null); // not the source's fault
      }
      return failed(id, state, now, e.getMessage());
    } catch (RuntimeException e) {
      // A bug, or a library tripping over content nobody foresaw: the source backs off like any
      // failing one rather than failing again at every interval.
      log.error("Source '{}': the poll failed unexpectedly", source.id(), e);
      return failed(id, state, now, "unexpected failure: " + e);
    }
  }

  private PollResult failed(SourceId id, SourceState state, Instant now, String error) {
    Instant next = now.plus(backoff(state.consecutiveFailures() + 1));
    states.recordFailure(id, error, now, next);
    return new PollResult(
        id, PollResult.Outcome.FAILED, 0, 0, error, next, state.consecutiveFailures() + 1, false);
  }

  /**
   * A source polled again after a pause: what piled up meanwhile is stored for /latest, not pushed.
   */
  public void forgetBacklog(SourceId source) {
    states.unprime(source);
  }

  /** Doubles the interval with each failure, up to an hour. */
  Duration backoff(int failures) {
    return backoff.after(failures, ThreadLocalRandom.current());
  }

  private Found pollFeed(Source source, SourceState state) throws FetchException, FeedException {
    URI feedUrl = state.feedUrl() != null ? state.feedUrl() : source.url();
    FetchResult result = fetcher.get(feedUrl, state.validators(), policy(source));
    if (!(result instanceof FetchResult.Fetched fetched)) {
      return new Found(false, 0, 0, state.feedUrl(), state.validators());
    }
    if (isHtml(fetched)) {
      feedUrl = LinkFinder.announcedFeed(page(fetched));
      if (feedUrl == null) {
        throw new FeedException(
            source.url()
                + " is a web page that announces no RSS or Atom feed;"
                + " give the feed's address as 'feed', or list the page as 'page'",
            null);
      }
      log.info("Source '{}': found its feed at {}", source.id(), feedUrl);
      if (!(fetcher.get(feedUrl, Validators.NONE, policy(source))
          instanceof FetchResult.Fetched feed)) {
        throw new FeedException("the feed " + feedUrl + " sent no content", null);
      }
      fetched = feed;
    }
    List<FeedItem> items =
        feeds.read(fetched.body(), fetched.charset(), fetched.url(), source.zone());
    if (source.origin() == Source.Origin.CHAT && items.size() > MAX_PAGES) {
      // a stranger's feed of thousands of teasers must not make the bot crawl thousands of pages
      items = items.subList(0, MAX_PAGES);
    }
    int read = 0;
    int stored = 0;
    for (int i = items.size() - 1;
        i >= 0;
        i--) { // oldest first: pushes arrive in the order things happened
      if (fetcher.stopping()) {
        break; // shutting down: what is stored stays, the rest waits for the next start
      }
      FeedItem item = items.get(i);
      URI url = UrlNormalizer.clean(item.link());
      String key = UrlNormalizer.key(url);
      if (!source.accepts(url)) {
        continue;
      }
      OptionalInt known = known(source, key, state.primed());
      if (known.isPresent()) {
        stored += known.getAsInt();
      } else {
        read++;
        stored += storeItem(source, url, item, state.primed());
      }
    }
    URI discovered = feedUrl.equals(source.url()) ? null : feedUrl;
    return new Found(true, read, stored, discovered, fetched.validators());
  }

  private Found pollPage(Source source, SourceState state) throws FetchException {
    FetchResult result = fetcher.get(source.url(), state.validators(), policy(source));
    if (!(result instanceof FetchResult.Fetched listing)) {
      return new Found(false, 0, 0, null, state.validators());
    }
    List<URI> fresh = new ArrayList<>();
    int shared = 0;
    for (URI link : LinkFinder.find(page(listing), source.links(), listing.url())) {
      String key = UrlNormalizer.key(link);
      if (!source.accepts(link)) {
        continue;
      }
      OptionalInt known = known(source, key, state.primed());
      if (known.isPresent()) {
        shared += known.getAsInt();
      } else {
        fresh.add(link);
      }
    }
    int fetch = Math.min(fresh.size(), state.primed() ? MAX_PAGES : PRIME_PAGES);
    if (!state.primed()) {
      // The backlog: a few pages for /latest, the rest only remembered.
      fresh
          .subList(fetch, fresh.size())
          .forEach(link -> seen.remember(source.id(), UrlNormalizer.key(link)));
    }
    int read = 0;
    int stored = shared;
    for (int i = fetch - 1; i >= 0 && !fetcher.stopping(); i--) { // listings put the newest first
      read++;
      stored += storePage(source, fresh.get(i), state.primed());
    }
    return new Found(true, read, stored, null, listing.validators());
  }

  /**
   * Empty for a link not read before. For one read before (stored, or remembered), how many stories
   * it queued for this source's followers, 0 or 1: see {@link #listedHere}.
   */
  private OptionalInt known(Source source, String key, boolean deliver) {
    if (articles.contains(key)) {
      return OptionalInt.of(listedHere(source, key, null, deliver));
    }
    if (seen.contains(key)) {
      return OptionalInt.of(aliasListedHere(source, key, deliver));
    }
    return OptionalInt.empty();
  }

  /**
   * An article stored already (by another source: two feeds of one site, or the same story under
   * another address) that this source lists: the first time it does, the article is queued for this
   * source's followers who do not have it, when it was stored within {@link #SHARED_WITHIN} (as the
   * first source pushes what is new to it, whatever its date). A source's first poll only notes its
   * backlog.
   *
   * @return 1 when the article was queued for someone, else 0
   */
  private int listedHere(Source source, String urlKey, String contentHash, boolean deliver) {
    return listed(
        source, deliver, since -> articles.firstListing(source.id(), urlKey, contentHash, since));
  }

  /** As {@link #listedHere}, for a link remembered as another address of a stored article. */
  private int aliasListedHere(Source source, String urlKey, boolean deliver) {
    return listed(
        source,
        deliver,
        since ->
            seen.articleOf(urlKey).flatMap(id -> articles.firstListing(source.id(), id, since)));
  }

  private int listed(
      Source source, boolean deliver, Function<Instant, Optional<Article>> firstListing) {
    try {
      return queueListed(source, deliver, firstListing);
    } catch (RuntimeException e) {
      // as for storing: one item must not fail the poll, and the next poll tries it again
      log.warn("Source '{}': could not queue a story another source stored", source.id(), e);
      return 0;
    }
  }

  /**
   * Remembers {@code urlKey} as a link not to read again, one that leads to the article stored for
   * {@code a} (under its address, or with its text) when there is one.
   */
  private void rememberAsArticle(SourceId source, String urlKey, NewArticle a) {
    articles
        .idOf(a.urlKey(), a.contentHash())
        .ifPresentOrElse(
            id -> seen.rememberAs(source, urlKey, id), () -> seen.remember(source, urlKey));
  }

  private int queueListed(
      Source source, boolean deliver, Function<Instant, Optional<Article>> firstListing) {
    Instant now = clock.instant();
    Optional<Article> found = firstListing.apply(now.minus(SHARED_WITHIN));
    if (found.isEmpty()) {
      return 0;
    }
    Article a = found.get();
    List<Recipient> recipients =
        deliver ? audience.recipients(source.id(), a.title(), a.summary(), now) : List.of();
    int queued = articles.alsoListedBy(source.id(), source.name(), a.id(), recipients);
    if (queued > 0) {
      log.info(
          "Source '{}': \"{}\", stored from '{}', for {} more {}",
          source.id(),
          a.title(),
          a.source(),
          queued,
          queued == 1 ? "chat" : "chats");
    }
    return queued > 0 ? 1 : 0;
  }

  /** Stores a feed item; one that fails unexpectedly is skipped, and tried again next poll. */
  private int storeItem(Source source, URI url, FeedItem item, boolean deliver) {
    Optional<NewArticle> article;
    try {
      article = reader.fromItem(source, url, item);
    } catch (RuntimeException e) {
      log.warn("Source '{}': skipped {}, reading it failed unexpectedly", source.id(), url, e);
      return 0;
    }
    return store(source, article, deliver);
  }

  private int storePage(Source source, URI link, boolean deliver) {
    SourceId id = source.id();
    try {
      Optional<NewArticle> article = reader.fromPage(source, link);
      int stored = store(source, article, deliver);
      String key = UrlNormalizer.key(link);
      if (article.isEmpty()) {
        seen.remember(id, key); // not an article
      } else if (!article.get().urlKey().equals(key)) {
        rememberAsArticle(id, key, article.get()); // known under its canonical address
      }
      return stored;
    } catch (FetchException e) {
      if (e.status() >= 400 && e.status() < 500) {
        seen.remember(id, UrlNormalizer.key(link)); // gone or forbidden: not worth asking again
        log.info("Source '{}': skipped {}, the page answered {}", source.id(), link, e.status());
      } else {
        log.debug("Source '{}': skipped {} this time: {}", source.id(), link, e.getMessage());
      }
      return 0;
    } catch (RuntimeException e) {
      seen.remember(id, UrlNormalizer.key(link)); // the same page would fail the same way
      log.warn("Source '{}': skipped {}, reading it failed unexpectedly", source.id(), link, e);
      return 0;
    }
  }

  private int store(Source source, Optional<NewArticle> article, boolean deliver) {
    if (article.isEmpty()) {
      return 0;
    }
    try {
      NewArticle a = article.get();
      List<Recipient> recipients =
          deliver
              ? audience.recipients(source.id(), a.title(), a.summary(), clock.instant())
              : List.of();
      if (articles.add(a, recipients).isEmpty()) {
        // Stored already under this address or with this text: not read again at the next poll.
        rememberAsArticle(source.id(), a.urlKey(), a);
        int shared = listedHere(source, a.urlKey(), a.contentHash(), deliver);
        if (shared == 0) {
          log.info(
              "Source '{}': dropped {}, the same story as an article stored already",
              source.id(),
              a.url());
        }
        return shared;
      }
      if (deliver) {
        log.info(
            "Source '{}': new article \"{}\" for {} {}",
            source.id(),
            a.title(),
            recipients.size(),
            recipients.size() == 1 ? "chat" : "chats");
      } else {
        log.debug("Source '{}': stored \"{}\" from its backlog", source.id(), a.title());
      }
      return 1;
    } catch (RuntimeException e) {
      log.warn(
          "Source '{}': could not store {}: {}", source.id(), article.get().url(), e.toString());
      return 0;
    }
  }

  /** A web page where a feed was expected: said so by its type, or by its first bytes. */
  private static boolean isHtml(FetchResult.Fetched fetched) {
    return fetched.contentType().contains("html") || HtmlSniffer.notHtml(fetched.body()).isEmpty();
  }

  private static Document page(FetchResult.Fetched fetched) {
    return PageDecoder.decode(fetched.body(), fetched.charset(), fetched.url());
  }
}
