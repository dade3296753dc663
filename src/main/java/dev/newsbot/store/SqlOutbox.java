package dev.newsbot.store;

import dev.newsbot.delivery.Delivery;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.subscription.ChatId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The outbox in SQL: one row per (article, chat). */
public final class SqlOutbox implements Outbox {
  private final Database db;

  public SqlOutbox(Database db) {
    this.db = db;
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    String sql =
        "SELECT d.id AS delivery_id, d.chat_id, d.attempts, d.more_count, " + ArticleRows.COLUMNS
            + " FROM deliveries d JOIN articles a ON a.id = d.article_id"
            + " WHERE d.state = 'pending' AND d.next_attempt_at <= ?"
            + " ORDER BY d.next_attempt_at, d.id LIMIT ?";
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              List<Delivery> due = new ArrayList<>();
              while (rs.next()) {
                due.add(
                    new Delivery(
                        rs.getLong("delivery_id"),
                        new ChatId(rs.getLong("chat_id")),
                        ArticleRows.read(rs),
                        rs.getInt("attempts"),
                        rs.getInt("more_count")));
              }
              return due;
            }
          }
        });
  }

  @Override
  public boolean claim(long deliveryId) {
    return update(
        "UPDATE deliveries SET state = 'sending', attempts = attempts + 1"
            + " WHERE id = ? AND state = 'pending'",
        deliveryId) == 1;
  }

  @Override
  public void markSent(long deliveryId, Instant at) {
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE deliveries SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, deliveryId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void retryAt(long deliveryId, Instant next, String error) {
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, last_error = ?"
                      + " WHERE id = ?")) {
            ps.setLong(1, next.toEpochMilli());
            ps.setString(2, error);
            ps.setLong(3, deliveryId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void markFailed(long deliveryId, String error) {
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE deliveries SET state = 'failed', last_error = ? WHERE id = ?")) {
            ps.setString(1, error);
            ps.setLong(2, deliveryId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void retarget(long deliveryId, ChatId newChat) {
    db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE deliveries SET chat_id = ?, state = 'pending' WHERE id = ?")) {
            ps.setLong(1, newChat.value());
            ps.setLong(2, deliveryId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int releaseClaims() {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE deliveries SET state = 'pending' WHERE state = 'sending'")) {
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int collapseBacklogs(int keep) {
    return db.transaction(
        c -> {
          List<Long> chats = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT chat_id FROM deliveries WHERE state = 'pending'"
                      + " GROUP BY chat_id HAVING COUNT(*) > ?")) {
            ps.setInt(1, keep);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                chats.add(rs.getLong(1));
              }
            }
          }
          int skipped = 0;
          for (long chat : chats) {
            skipped += collapse(c, chat, keep);
          }
          return skipped;
        });
  }

  private static int collapse(Connection c, long chat, int keep) throws SQLException {
    List<long[]> rows = new ArrayList<>(); // {delivery id, more_count}, newest article first
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT d.id, d.more_count FROM deliveries d JOIN articles a ON a.id = d.article_id"
                + " WHERE d.chat_id = ? AND d.state = 'pending'"
                + " ORDER BY COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC")) {
      ps.setLong(1, chat);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new long[] {rs.getLong(1), rs.getLong(2)});
        }
      }
    }
    List<long[]> dropped = rows.subList(keep, rows.size());
    long more = dropped.size();
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE deliveries SET state = 'skipped' WHERE id = ? AND state = 'pending'")) {
      for (long[] row : dropped) {
        more += row[1];
        ps.setLong(1, row[0]);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE deliveries SET more_count = more_count + ? WHERE id = ?")) {
      ps.setLong(1, more);
      ps.setLong(2, rows.get(0)[0]);
      ps.executeUpdate();
    }
    return dropped.size();
  }

  @Override
  public Depth depth(Instant now) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*), MIN(created_at) FROM deliveries"
                      + " WHERE state IN ('pending', 'sending')")) {
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              long count = rs.getLong(1);
              long oldest = rs.getLong(2);
              Duration age = rs.wasNull() ? Duration.ZERO : Duration.ofMillis(Math.max(0, now.toEpochMilli() - oldest));
              return new Depth(count, age);
            }
          }
        });
  }

  private int update(String sql, long id) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return ps.executeUpdate();
          }
        });
  }
}
