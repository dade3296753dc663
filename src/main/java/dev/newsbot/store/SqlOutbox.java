package dev.newsbot.store;

import dev.newsbot.delivery.Delivery;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.subscription.ChatId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
  public List<Delivery> claimDue(Instant now, int limit) {
    String select =
        "SELECT d.id AS delivery_id, d.chat_id, d.attempts, " + ArticleRows.COLUMNS
            + " FROM deliveries d JOIN articles a ON a.id = d.article_id"
            + " WHERE d.state = 'pending' AND d.next_attempt_at <= ?"
            + " ORDER BY d.next_attempt_at, d.id LIMIT ?";
    return db.transaction(
        c -> {
          List<Delivery> claimed = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setLong(1, now.toEpochMilli());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                claimed.add(
                    new Delivery(
                        rs.getLong("delivery_id"),
                        new ChatId(rs.getLong("chat_id")),
                        ArticleRows.read(rs),
                        rs.getInt("attempts")));
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE deliveries SET state = 'sending', attempts = attempts + 1 WHERE id = ?")) {
            for (Delivery d : claimed) {
              ps.setLong(1, d.id());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return claimed;
        });
  }

  @Override
  public void markSent(long deliveryId, Instant at) {
    update("UPDATE deliveries SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
        at.toEpochMilli(), deliveryId);
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
              c.prepareStatement(
                  "UPDATE deliveries SET state = 'failed', last_error = ? WHERE id = ?")) {
            ps.setString(1, error);
            ps.setLong(2, deliveryId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void retarget(long deliveryId, ChatId newChat) {
    update("UPDATE deliveries SET chat_id = ?, state = 'pending' WHERE id = ?",
        newChat.value(), deliveryId);
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

  private void update(String sql, long first, long second) {
    db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, first);
            ps.setLong(2, second);
            return ps.executeUpdate();
          }
        });
  }
}
