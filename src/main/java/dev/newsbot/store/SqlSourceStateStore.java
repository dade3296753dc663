package dev.newsbot.store;

import dev.newsbot.fetch.Validators;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.SourceState;
import dev.newsbot.source.SourceStateStore;
import java.net.URI;
import java.time.Instant;

/** Per-source polling state in SQL. */
public final class SqlSourceStateStore implements SourceStateStore {
  private final Database db;

  public SqlSourceStateStore(Database db) {
    this.db = db;
  }

  @Override
  public SourceState load(SourceId source) {
    return db.statement(
            c ->
                Sql.first(
                    c,
                    "SELECT feed_url, etag, last_modified, primed, consecutive_failures, next_poll_at"
                        + " FROM source_state WHERE source_id = ?",
                    rs -> {
                      String feed = rs.getString("feed_url");
                      return new SourceState(
                          feed == null ? null : URI.create(feed),
                          new Validators(rs.getString("etag"), rs.getString("last_modified")),
                          rs.getInt("primed") == 1,
                          rs.getInt("consecutive_failures"),
                          ArticleRows.instant(rs, "next_poll_at"));
                    },
                    source.value()))
        .orElse(SourceState.NEW);
  }

  @Override
  public void unprime(SourceId source) {
    db.statement(
        c ->
            Sql.update(
                c, "UPDATE source_state SET primed = 0 WHERE source_id = ?", source.value()));
  }

  @Override
  public void recordSuccess(SourceId source, URI feedUrl, Validators validators, Instant at) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO source_state (source_id, feed_url, etag, last_modified, primed, last_success_at,"
                    + " consecutive_failures, next_poll_at) VALUES (?, ?, ?, ?, 1, ?, 0, NULL)"
                    + " ON CONFLICT (source_id) DO UPDATE SET feed_url = excluded.feed_url, etag = excluded.etag,"
                    + " last_modified = excluded.last_modified, primed = 1,"
                    + " last_success_at = excluded.last_success_at, consecutive_failures = 0, next_poll_at = NULL",
                source.value(),
                feedUrl,
                validators.etag(),
                validators.lastModified(),
                at));
  }

  @Override
  public void recordFailure(SourceId source, String error, Instant at, Instant nextPollAt) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO source_state (source_id, last_error, last_error_at, consecutive_failures, next_poll_at)"
                    + " VALUES (?, ?, ?, 1, ?)"
                    + " ON CONFLICT (source_id) DO UPDATE SET last_error = excluded.last_error,"
                    + " last_error_at = excluded.last_error_at,"
                    + " consecutive_failures = source_state.consecutive_failures + 1,"
                    + " next_poll_at = excluded.next_poll_at",
                source.value(),
                error,
                at,
                nextPollAt));
  }
}
