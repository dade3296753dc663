package dev.newsbot.store;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    String sql =
        "INSERT INTO subscribers (chat_id, active, subscribed_at, updated_at) VALUES (?, 1, ?, ?)"
            + " ON CONFLICT (chat_id) DO UPDATE SET active = 1, inactive_reason = NULL,"
            + " updated_at = excluded.updated_at WHERE subscribers.active = 0";
    long now = clock.millis();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, chat.value());
      ps.setLong(2, now);
      ps.setLong(3, now);
      return ps.executeUpdate() > 0;
    }
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
    boolean changed;
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE subscribers SET active = 0, inactive_reason = ?, updated_at = ?"
                + " WHERE chat_id = ? AND active = 1")) {
      ps.setString(1, reason);
      ps.setLong(2, clock.millis());
      ps.setLong(3, chat.value());
      changed = ps.executeUpdate() > 0;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE deliveries SET state = 'failed', last_error = ?"
                + " WHERE chat_id = ? AND state = 'pending'")) {
      ps.setString(1, "subscription ended: " + reason);
      ps.setLong(2, chat.value());
      ps.executeUpdate();
    }
    return changed;
  }

  @Override
  public void migrate(ChatId from, ChatId to) {
    db.transaction(
        c -> {
          activate(c, to);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE deliveries SET chat_id = ? WHERE chat_id = ? AND state = 'pending'")) {
            ps.setLong(1, to.value());
            ps.setLong(2, from.value());
            ps.executeUpdate();
          }
          return end(c, from, "migrated to " + to);
        });
  }

  @Override
  public boolean isActive(ChatId chat) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT active FROM subscribers WHERE chat_id = ?")) {
            ps.setLong(1, chat.value());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && rs.getInt(1) == 1;
            }
          }
        });
  }
}
