package dev.newsbot.store;

import dev.newsbot.news.SourceId;
import dev.newsbot.source.SeenLinks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

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
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM seen_links WHERE url_key = ?")) {
            ps.setString(1, urlKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public void remember(SourceId source, String urlKey) {
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO seen_links (url_key, source_id, first_seen_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT (url_key) DO NOTHING")) {
            ps.setString(1, urlKey);
            ps.setString(2, source.value());
            ps.setLong(3, clock.millis());
            return ps.executeUpdate();
          }
        });
  }
}
