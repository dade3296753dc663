package dev.newsbot.store;

import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriptionStore;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which sources each chat follows, in SQL. */
public final class SqlSubscriptionStore implements SubscriptionStore {
  private final Database db;
  private final Clock clock;

  public SqlSubscriptionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean follow(ChatId chat, SourceId source) {
    return db.statement(
            c ->
                Sql.update(
                    c,
                    "INSERT INTO subscriptions (chat_id, source_id, created_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                    chat.value(),
                    source.value(),
                    clock.millis()))
        > 0;
  }

  @Override
  public boolean unfollow(ChatId chat, SourceId source) {
    return db.transaction(
        c -> {
          boolean removed =
              Sql.update(
                      c,
                      "DELETE FROM subscriptions WHERE chat_id = ? AND source_id = ?",
                      chat.value(),
                      source.value())
                  > 0;
          Sql.update(
              c,
              "UPDATE deliveries SET state = 'failed', last_error = 'source unfollowed'"
                  + " WHERE chat_id = ? AND state IN ('pending', 'digest')"
                  + " AND EXISTS (SELECT 1 FROM source_items i WHERE i.source_id = ?"
                  + " AND i.article_id = deliveries.article_id)"
                  + " AND NOT EXISTS (SELECT 1 FROM source_items i JOIN subscriptions s"
                  + " ON s.source_id = i.source_id WHERE i.article_id = deliveries.article_id"
                  + " AND s.chat_id = deliveries.chat_id)", // another source it follows lists it
              chat.value(),
              source.value());
          // the rest, shown under the unfollowed source, go out under a followed one that lists it
          Sql.update(
              c,
              "UPDATE deliveries SET listed_by = (SELECT MIN(i.source_id) FROM source_items i"
                  + " JOIN subscriptions s ON s.source_id = i.source_id"
                  + " WHERE i.article_id = deliveries.article_id AND s.chat_id = deliveries.chat_id)"
                  + " WHERE chat_id = ? AND state IN ('pending', 'digest')"
                  + " AND COALESCE(listed_by,"
                  + " (SELECT a.source_id FROM articles a WHERE a.id = deliveries.article_id)) = ?",
              chat.value(),
              source.value());
          return removed;
        });
  }

  @Override
  public Set<SourceId> followed(ChatId chat) {
    return new LinkedHashSet<>(
        db.statement(
            c ->
                Sql.query(
                    c,
                    "SELECT source_id FROM subscriptions WHERE chat_id = ? ORDER BY created_at",
                    rs -> new SourceId(rs.getString(1)),
                    chat.value())));
  }

  @Override
  public List<ChatId> followers(SourceId source) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT s.chat_id FROM subscriptions s JOIN subscribers b ON b.chat_id = s.chat_id"
                    + " WHERE s.source_id = ? AND b.active = 1 ORDER BY s.chat_id",
                rs -> new ChatId(rs.getLong(1)),
                source.value()));
  }

  @Override
  public int followerCount(SourceId source) {
    return db.statement(
        c ->
            Sql.first(
                    c,
                    "SELECT COUNT(*) FROM subscriptions WHERE source_id = ?",
                    rs -> rs.getInt(1),
                    source.value())
                .orElse(0));
  }

  @Override
  public int adoptDefaults(Collection<SourceId> defaults) {
    return db.transaction(
        c -> {
          List<Long> chats =
              Sql.query(
                  c,
                  "SELECT chat_id FROM subscribers WHERE sources_chosen = 0",
                  rs -> rs.getLong(1));
          for (long chat : chats) {
            for (SourceId source : defaults) {
              Sql.update(
                  c,
                  "INSERT INTO subscriptions (chat_id, source_id, created_at) VALUES (?, ?, ?)"
                      + " ON CONFLICT DO NOTHING",
                  chat,
                  source.value(),
                  clock.millis());
            }
            Sql.update(c, "UPDATE subscribers SET sources_chosen = 1 WHERE chat_id = ?", chat);
          }
          return chats.size();
        });
  }

  @Override
  public void markChosen(ChatId chat) {
    db.statement(
        c ->
            Sql.update(
                c, "UPDATE subscribers SET sources_chosen = 1 WHERE chat_id = ?", chat.value()));
  }
}
