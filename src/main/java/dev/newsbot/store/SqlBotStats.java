package dev.newsbot.store;

import dev.newsbot.news.BotStats;
import java.time.Instant;
import java.util.List;

/** The operators' figures, counted in SQL. */
public final class SqlBotStats implements BotStats {
  private final Database db;

  public SqlBotStats(Database db) {
    this.db = db;
  }

  @Override
  public Figures figures(Instant since) {
    return db.statement(
        c -> {
          long active = count(c, "SELECT COUNT(*) FROM subscribers WHERE active = 1");
          long inactive = count(c, "SELECT COUNT(*) FROM subscribers WHERE active = 0");
          long articles =
              count(
                  c,
                  "SELECT COUNT(*) FROM articles WHERE discovered_at >= ? AND source_id <> ?",
                  since,
                  SqlOutbox.NOTICE_SOURCE);
          long sends = count(c, "SELECT COUNT(*) FROM deliveries WHERE sent_at >= ?", since);
          long pending =
              count(c, "SELECT COUNT(*) FROM deliveries WHERE state IN ('pending', 'sending')");
          List<SourceHealth> sources =
              Sql.query(
                  c,
                  "SELECT source_id, last_success_at, consecutive_failures, last_error"
                      + " FROM source_state ORDER BY source_id",
                  rs ->
                      new SourceHealth(
                          rs.getString(1),
                          ArticleRows.instant(rs, "last_success_at"),
                          rs.getInt(3),
                          rs.getString(4),
                          true));
          return new Figures(active, inactive, articles, sends, pending, sources);
        });
  }

  private static long count(java.sql.Connection c, String sql, Object... params)
      throws java.sql.SQLException {
    return Sql.first(c, sql, rs -> rs.getLong(1), params).orElse(0L);
  }
}
