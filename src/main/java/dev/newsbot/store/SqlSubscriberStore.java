package dev.newsbot.store;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/** Subscribers in SQL. Ending a subscription also drops the chat's unsent deliveries. */
public final class SqlSubscriberStore implements SubscriberStore {
  private final Database db;
  private final Clock clock;

  public SqlSubscriberStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean subscribe(ChatId chat) {
    return db.transaction(c -> activate(c, chat));
  }

  private boolean activate(Connection c, ChatId chat) throws SQLException {
    long now = clock.millis();
    return Sql.update(
            c,
            "INSERT INTO subscribers (chat_id, active, subscribed_at, updated_at) VALUES (?, 1, ?, ?)"
                + " ON CONFLICT (chat_id) DO UPDATE SET active = 1, inactive_reason = NULL,"
                + " updated_at = excluded.updated_at WHERE subscribers.active = 0",
            chat.value(),
            now,
            now)
        > 0;
  }

  @Override
  public boolean unsubscribe(ChatId chat) {
    return db.transaction(c -> end(c, chat, "stopped by the user"));
  }

  @Override
  public void deactivate(ChatId chat, String reason) {
    db.transaction(c -> end(c, chat, reason));
  }

  private boolean end(Connection c, ChatId chat, String reason) throws SQLException {
    boolean changed =
        Sql.update(
                c,
                "UPDATE subscribers SET active = 0, inactive_reason = ?, updated_at = ? WHERE chat_id = ? AND active = 1",
                reason,
                clock.millis(),
                chat.value())
            > 0;
    Sql.update(
        c,
        "UPDATE deliveries SET state = 'failed', last_error = ? WHERE chat_id = ?"
            + " AND state IN ('pending', 'digest')",
        "subscription ended: " + reason,
        chat.value());
    return changed;
  }

  @Override
  public void migrate(ChatId from, ChatId to) {
    db.transaction(
        c -> {
          activate(c, to);
          Sql.update(
              c,
              "UPDATE deliveries SET chat_id = ? WHERE chat_id = ? AND state IN ('pending', 'digest')",
              to.value(),
              from.value());
          // The new chat keeps what the old one followed and filtered.
          Sql.update(
              c,
              "INSERT INTO subscriptions (chat_id, source_id, created_at)"
                  + " SELECT ?, source_id, created_at FROM subscriptions WHERE chat_id = ?"
                  + " ON CONFLICT DO NOTHING",
              to.value(),
              from.value());
          Sql.update(
              c,
              "INSERT INTO filters (chat_id, word, include, created_at)"
                  + " SELECT ?, word, include, created_at FROM filters WHERE chat_id = ?"
                  + " ON CONFLICT DO NOTHING",
              to.value(),
              from.value());
          Sql.update(c, "UPDATE subscribers SET sources_chosen = 1 WHERE chat_id = ?", to.value());
          return end(c, from, "migrated to " + to);
        });
  }

  @Override
  public void pushTo(ChatId chat, int thread) {
    db.statement(
        c ->
            Sql.update(
                c,
                "UPDATE subscribers SET thread_id = ? WHERE chat_id = ?",
                thread == 0 ? null : (long) thread,
                chat.value()));
  }

  @Override
  public int pushThread(ChatId chat) {
    return db.statement(
        c ->
            Sql.first(
                    c,
                    "SELECT thread_id FROM subscribers WHERE chat_id = ? AND thread_id IS NOT NULL",
                    rs -> rs.getInt(1),
                    chat.value())
                .orElse(0));
  }

  @Override
  public boolean isActive(ChatId chat) {
    return db.statement(
        c ->
            Sql.exists(
                c, "SELECT 1 FROM subscribers WHERE chat_id = ? AND active = 1", chat.value()));
  }
}
