package dev.newsbot.news;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Recipient;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where articles are kept, and where their deliveries are queued in the same transaction. */
public interface ArticleStore {
  /** Whether an article with this normalised URL is stored already. */
  boolean contains(String urlKey);

  /**
   * Stores the article unless one with the same URL key or content hash exists, and queues one
   * delivery for each of {@code recipients} that is an active subscriber, in the same transaction:
   * staged until the poll ends (the outbox's {@code releaseStaged} queues it, due from its time),
   * or held for its digest.
   *
   * @return the stored article, or empty when it was a duplicate
   */
  Optional<Article> add(NewArticle article, Collection<Recipient> recipients);

  /**
   * The article stored under this URL key, or with this content hash (null for none), at or after
   * {@code since}, when {@code source} has not listed it yet; empty otherwise, and for articles
   * stored before sources' listings were recorded.
   */
  Optional<Article> firstListing(SourceId source, String urlKey, String contentHash, Instant since);

  /** As {@link #firstListing(SourceId, String, String, Instant)}, for the article with this id. */
  Optional<Article> firstListing(SourceId source, long articleId, Instant since);

  /** The id of the article stored under this URL key, or with this content hash (null for none). */
  Optional<Long> idOf(String urlKey, String contentHash);

  /**
   * Notes that {@code source} lists the stored article too and, the first time it does, queues the
   * article for {@code recipients} as {@link #add} does: a second feed of the same site, or the
   * same story under another address, still reaches the followers of this source, shown to them
   * under its id and {@code sourceName}. A chat that has the article queued or sent already is left
   * out, so nobody gets it twice.
   *
   * @return how many deliveries were queued: 0 when the source listed the article before
   */
  int alsoListedBy(
      SourceId source, String sourceName, long articleId, Collection<Recipient> recipients);

  /** Whether the article was queued for {@code chat} (it followed the article's source). */
  boolean deliveredTo(long articleId, ChatId chat);

  /**
   * The article as it was queued for {@code chat}: under the source the chat got it through (the
   * one that stored it, or another the chat follows that lists it); empty when it was not queued
   * for the chat.
   */
  Optional<Article> asDeliveredTo(long articleId, ChatId chat);

  /** The stored article with this id. */
  Optional<Article> byId(long id);

  /** The article with this id and its text, or empty when there is none. */
  Optional<FullArticle> find(long id);

  /** The newest {@code limit} articles of any source, newest first. */
  List<Article> latest(int limit);

  /**
   * The newest {@code limit} articles that {@code sources} list, newest first, each as one of them
   * lists it (under its id and name; the source that stored it when it is one of them).
   */
  List<Article> latest(int limit, Collection<SourceId> sources);
}
