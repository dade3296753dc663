package dev.newsbot.store;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Filter;
import dev.newsbot.subscription.FilterStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keyword filters in SQL. */
public final class SqlFilterStore implements FilterStore {
  private final Database db;
  private final Clock clock;

  public SqlFilterStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Filter> of(ChatId chat) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT include, word FROM filters WHERE chat_id = ? ORDER BY created_at, word",
                rs -> new Filter(rs.getInt(1) == 1, rs.getString(2)),
                chat.value()));
  }

  @Override
  public Map<ChatId, List<Filter>> of(Collection<ChatId> chats) {
    // One query for all chats that have filters; few do, so this set is small.
    Map<ChatId, List<Filter>> all = new HashMap<>();
    db.statement(
        c ->
            Sql.query(
                c,
                "SELECT chat_id, include, word FROM filters ORDER BY created_at, word",
                rs -> {
                  all.computeIfAbsent(new ChatId(rs.getLong(1)), k -> new ArrayList<>())
                      .add(new Filter(rs.getInt(2) == 1, rs.getString(3)));
                  return null;
                }));
    all.keySet().retainAll(new java.util.HashSet<>(chats));
    return all;
  }

  @Override
  public boolean add(ChatId chat, Filter filter) {
    return db.transaction(
        c -> {
          boolean same =
              Sql.exists(
                  c,
                  "SELECT 1 FROM filters WHERE chat_id = ? AND word = ? AND include = ?",
                  chat.value(),
                  filter.word(),
                  filter.include() ? 1 : 0);
          if (same) {
            return false;
          }
          Sql.update(
              c, "DELETE FROM filters WHERE chat_id = ? AND word = ?", chat.value(), filter.word());
          Sql.update(
              c,
              "INSERT INTO filters (chat_id, word, include, created_at) VALUES (?, ?, ?, ?)",
              chat.value(),
              filter.word(),
              filter.include() ? 1 : 0,
              clock.millis());
          return true;
        });
  }

  @Override
  public int clear(ChatId chat) {
    return db.statement(c -> Sql.update(c, "DELETE FROM filters WHERE chat_id = ?", chat.value()));
  }
}
