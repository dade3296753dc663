package dev.newsbot.store;

import dev.newsbot.cluster.Heartbeat;
import dev.newsbot.cluster.Members;
import java.time.Instant;
import java.util.UUID;

/** The instances table: one row per live instance, its last beat in epoch milliseconds. */
public final class SqlMembers implements Members {
  private final Database db;
  private final String self = UUID.randomUUID().toString();
  private final Instant started;

  public SqlMembers(Database db, Instant started) {
    this.db = db;
    this.started = started;
  }

  @Override
  public String self() {
    return self;
  }

  /**
   * On SQLite the instance lock proves that every other row is a dead instance's; on PostgreSQL a
   * row is dead once it missed beats for {@link Heartbeat#STALE_AFTER} (instances' clocks must
   * agree to within a few seconds).
   */
  @Override
  public int beat(Instant now) {
    return db.transaction(
        c -> {
          if (!shared()) {
            Sql.update(c, "DELETE FROM instances WHERE id <> ?", self);
          } else {
            Sql.update(
                c, "DELETE FROM instances WHERE beat_at < ?", now.minus(Heartbeat.STALE_AFTER));
          }
          Sql.update(
              c,
              "INSERT INTO instances (id, started_at, beat_at) VALUES (?, ?, ?)"
                  + " ON CONFLICT (id) DO UPDATE SET beat_at = excluded.beat_at",
              self,
              started,
              now);
          return Sql.first(c, "SELECT COUNT(*) FROM instances", rs -> rs.getInt(1)).orElseThrow();
        });
  }

  @Override
  public boolean shared() {
    return db.dialect() != Database.Dialect.SQLITE;
  }

  @Override
  public void leave() {
    db.statement(c -> Sql.update(c, "DELETE FROM instances WHERE id = ?", self));
  }
}
