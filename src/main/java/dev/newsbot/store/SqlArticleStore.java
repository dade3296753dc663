package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Recipient;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Articles in SQL, with their deliveries queued in the same transaction. */
public final class SqlArticleStore implements ArticleStore {
  private static final String INSERT =
      "INSERT INTO articles (source_id, source_name, url, url_key, content_hash, title, author,"
          + " published_at, discovered_at, standfirst, image_url, image_caption, body, summary)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING RETURNING id";
  private static final String ENQUEUE =
      "INSERT INTO deliveries (article_id, chat_id, state, attempts, next_attempt_at, created_at,"
          + " claimed_by, staged_for, listed_by) SELECT ?, chat_id, ?, 0, ?, ?, ?, ?, ? FROM subscribers"
          + " WHERE chat_id = ? AND active = 1 ON CONFLICT (article_id, chat_id) DO NOTHING";
  private static final String LISTED =
      "INSERT INTO source_items (source_id, article_id, source_name) VALUES (?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private final Database db;
  private final Clock clock;
  private final String instance;

  /** As one instance alone on its database. */
  public SqlArticleStore(Database db, Clock clock) {
    this(db, clock, SqlOutbox.SOLE);
  }

  /**
   * @param instance the instance whose polls stage deliveries here (see {@link SqlMembers#self}):
   *     what it staged is queued by another instance once it stopped beating
   */
  public SqlArticleStore(Database db, Clock clock, String instance) {
    this.db = db;
    this.clock = clock;
    this.instance = instance;
  }

  @Override
  public boolean contains(String urlKey) {
    return db.statement(c -> Sql.exists(c, "SELECT 1 FROM articles WHERE url_key = ?", urlKey));
  }

  @Override
  public Optional<Article> add(NewArticle a, Collection<Recipient> recipients) {
    Instant now = clock.instant();
    return db.transaction(
        c -> {
          Optional<Long> id =
              Sql.first(
                  c,
                  INSERT,
                  rs -> rs.getLong(1),
                  a.source().value(),
                  a.sourceName(),
                  a.url(),
                  a.urlKey(),
                  a.contentHash(),
                  a.title(),
                  a.author(),
                  a.published(),
                  now,
                  a.standfirst(),
                  a.image(),
                  a.imageCaption(),
                  a.body(),
                  a.summary());
          if (id.isPresent()) {
            Sql.update(c, LISTED, a.source().value(), id.get(), a.sourceName());
            enqueue(c, id.get(), a.source(), null, recipients, now);
          }
          return id.map(
              articleId ->
                  new Article(
                      articleId,
                      a.source(),
                      a.sourceName(),
                      a.url(),
                      a.title(),
                      a.author(),
                      a.published(),
                      now,
                      a.standfirst(),
                      a.image(),
                      a.imageCaption(),
                      a.summary()));
        });
  }

  /**
   * Queues the article for each recipient that is an active subscriber and does not have it, staged
   * for {@code source}'s poll; {@code listedBy} is that source when it is not the one that stored
   * the article, else null.
   */
  private int enqueue(
      Connection c,
      long articleId,
      SourceId source,
      SourceId listedBy,
      Collection<Recipient> recipients,
      Instant now)
      throws SQLException {
    if (recipients.isEmpty()) {
      return 0;
    }
    List<Object[]> rows = new ArrayList<>(recipients.size());
    for (Recipient r : recipients) {
      Instant due = r.notBefore() == null ? now : r.notBefore();
      rows.add(
          new Object[] {
            articleId,
            r.held() ? "digest" : "staged",
            due,
            now,
            r.held() ? null : instance,
            r.held() ? null : source.value(),
            listedBy == null ? null : listedBy.value(),
            r.chat().value()
          });
    }
    return Arrays.stream(Sql.batch(c, ENQUEUE, rows)).map(n -> Math.max(n, 0)).sum();
  }

  /** Articles stored since, after sources' listings were first recorded, not listed by a source. */
  private static final String FIRST_LISTING =
      " AND a.discovered_at >= ? AND a.id >= (SELECT first_article FROM source_items_start)"
          + " AND NOT EXISTS (SELECT 1 FROM source_items s"
          + " WHERE s.source_id = ? AND s.article_id = a.id) ORDER BY a.id LIMIT 1";

  @Override
  public Optional<Article> firstListing(
      SourceId source, String urlKey, String contentHash, Instant since) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT "
                    + ArticleRows.COLUMNS
                    + " FROM articles a WHERE (a.url_key = ? OR a.content_hash = ?)"
                    + FIRST_LISTING,
                ArticleRows::read,
                urlKey,
                contentHash,
                since,
                source.value()));
  }

  @Override
  public Optional<Article> firstListing(SourceId source, long articleId, Instant since) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT " + ArticleRows.COLUMNS + " FROM articles a WHERE a.id = ?" + FIRST_LISTING,
                ArticleRows::read,
                articleId,
                since,
                source.value()));
  }

  @Override
  public Optional<Long> idOf(String urlKey, String contentHash) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT id FROM articles WHERE url_key = ? OR content_hash = ? ORDER BY id LIMIT 1",
                rs -> rs.getLong(1),
                urlKey,
                contentHash));
  }

  @Override
  public int alsoListedBy(
      SourceId source, String sourceName, long articleId, Collection<Recipient> recipients) {
    Instant now = clock.instant();
    return db.transaction(
        c ->
            Sql.update(c, LISTED, source.value(), articleId, sourceName) == 0
                ? 0
                : enqueue(c, articleId, source, source, recipients, now));
  }

  @Override
  public boolean deliveredTo(long articleId, ChatId chat) {
    return db.statement(
        c ->
            Sql.exists(
                c,
                "SELECT 1 FROM deliveries WHERE article_id = ? AND chat_id = ?",
                articleId,
                chat.value()));
  }

  @Override
  public Optional<Article> byId(long id) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT " + ArticleRows.COLUMNS + " FROM articles a WHERE a.id = ?",
                ArticleRows::read,
                id));
  }

  @Override
  public Optional<FullArticle> find(long id) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT " + ArticleRows.COLUMNS + ", a.body FROM articles a WHERE a.id = ?",
                rs -> new FullArticle(ArticleRows.read(rs), BodyBlock.parse(rs.getString("body"))),
                id));
  }

  @Override
  public List<Article> latest(int limit, Collection<SourceId> sources) {
    if (sources.isEmpty()) {
      return List.of();
    }
    List<Object> params = new ArrayList<>();
    sources.forEach(s -> params.add(s.value()));
    params.add(limit);
    return db.statement(
        c ->
            ArticleRows.asListedAmong(
                c,
                Sql.query(
                    c,
                    "SELECT "
                        + ArticleRows.COLUMNS
                        + " FROM articles a WHERE "
                        + ArticleRows.listedByOneOf(sources.size())
                        + " ORDER BY COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC"
                        + " LIMIT ?",
                    ArticleRows::read,
                    params.toArray()),
                sources));
  }

  @Override
  public Optional<Article> asDeliveredTo(long articleId, ChatId chat) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT "
                    + ArticleRows.AS_DELIVERED
                    + " FROM deliveries d JOIN articles a ON a.id = d.article_id"
                    + ArticleRows.LISTING
                    + " WHERE d.article_id = ? AND d.chat_id = ?",
                ArticleRows::read,
                articleId,
                chat.value()));
  }

  @Override
  public List<Article> latest(int limit) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT "
                    + ArticleRows.COLUMNS
                    + " FROM articles a WHERE a.source_id <> '"
                    + SqlOutbox.NOTICE_SOURCE
                    + "'"
                    + " ORDER BY COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?",
                ArticleRows::read,
                limit));
  }
}
