package dev.newsbot.store;

import dev.newsbot.news.SourceId;
import dev.newsbot.source.SeenLinks;
import java.time.Clock;
import java.util.Optional;

/** Links of listing pages already looked at, in SQL. */
public final class SqlSeenLinks implements SeenLinks {
  private final Database db;
  private final Clock clock;

  public SqlSeenLinks(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean contains(String urlKey) {
    return db.statement(c -> Sql.exists(c, "SELECT 1 FROM seen_links WHERE url_key = ?", urlKey));
  }

  @Override
  public void rememberAs(SourceId source, String urlKey, long articleId) {
    insert(source, urlKey, articleId);
  }

  @Override
  public Optional<Long> articleOf(String urlKey) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT article_id FROM seen_links WHERE url_key = ? AND article_id IS NOT NULL",
                rs -> rs.getLong(1),
                urlKey));
  }

  @Override
  public void remember(SourceId source, String urlKey) {
    insert(source, urlKey, null);
  }

  /** The first time a link is remembered counts; {@code articleId} may be null. */
  private void insert(SourceId source, String urlKey, Long articleId) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO seen_links (url_key, source_id, first_seen_at, article_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (url_key) DO NOTHING",
                urlKey,
                source.value(),
                clock.millis(),
                articleId));
  }
}
