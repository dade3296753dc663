package dev.newsbot.store;

import dev.newsbot.cluster.UpdateOffset;

/** The update offset as the one row of the update_offset table. */
public final class SqlUpdateOffset implements UpdateOffset {
  private final Database db;

  public SqlUpdateOffset(Database db) {
    this.db = db;
  }

  @Override
  public long last() {
    return db.statement(
        c ->
            Sql.first(c, "SELECT last_update_id FROM update_offset", rs -> rs.getLong(1))
                .orElse(0L));
  }

  @Override
  public void taken(long updateId) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO update_offset (id, last_update_id) VALUES (1, ?) ON CONFLICT (id) DO"
                    + " UPDATE SET last_update_id = excluded.last_update_id"
                    + " WHERE update_offset.last_update_id < excluded.last_update_id",
                updateId));
  }
}
