package dev.newsbot.store;

import dev.newsbot.news.SourceId;
import dev.newsbot.source.SourceState;
import dev.newsbot.source.SourceStateStore;
import dev.newsbot.source.Validators;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** Per-source polling state in SQL. */
public final class SqlSourceStateStore implements SourceStateStore {
  private final Database db;

  public SqlSourceStateStore(Database db) {
    this.db = db;
  }

  @Override
  public SourceState load(SourceId source) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT feed_url, etag, last_modified, primed, consecutive_failures, next_poll_at"
                      + " FROM source_state WHERE source_id = ?")) {
            ps.setString(1, source.value());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return SourceState.NEW;
              }
              String feed = rs.getString("feed_url");
              return new SourceState(
                  feed == null ? null : URI.create(feed),
                  new Validators(rs.getString("etag"), rs.getString("last_modified")),
                  rs.getInt("primed") == 1,
                  rs.getInt("consecutive_failures"),
                  ArticleRows.instant(rs, "next_poll_at"));
            }
          }
        });
  }

  @Override
  public void recordSuccess(SourceId source, URI feedUrl, Validators validators, Instant at) {
    String sql =
        "INSERT INTO source_state (source_id, feed_url, etag, last_modified, primed, last_success_at,"
            + " consecutive_failures, next_poll_at) VALUES (?, ?, ?, ?, 1, ?, 0, NULL)"
            + " ON CONFLICT (source_id) DO UPDATE SET feed_url = excluded.feed_url, etag = excluded.etag,"
            + " last_modified = excluded.last_modified, primed = 1,"
            + " last_success_at = excluded.last_success_at, consecutive_failures = 0,"
            + " next_poll_at = NULL";
    db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, source.value());
            ps.setString(2, feedUrl == null ? null : feedUrl.toString());
            ps.setString(3, validators.etag());
            ps.setString(4, validators.lastModified());
            ps.setLong(5, at.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void recordFailure(SourceId source, String error, Instant at, Instant nextPollAt) {
    String sql =
        "INSERT INTO source_state (source_id, last_error, last_error_at, consecutive_failures,"
            + " next_poll_at) VALUES (?, ?, ?, 1, ?)"
            + " ON CONFLICT (source_id) DO UPDATE SET last_error = excluded.last_error,"
            + " last_error_at = excluded.last_error_at,"
            + " consecutive_failures = source_state.consecutive_failures + 1,"
            + " next_poll_at = excluded.next_poll_at";
    db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, source.value());
            ps.setString(2, error);
            ps.setLong(3, at.toEpochMilli());
            ps.setLong(4, nextPollAt.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
