package dev.newsbot.store;

import dev.newsbot.news.ChatSourceStore;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sources chats added, in SQL. */
public final class SqlChatSourceStore implements ChatSourceStore {
  private static final String COLUMNS = "source_id, kind, url, name, zone";

  private final Database db;
  private final Clock clock;

  public SqlChatSourceStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<Source> all() {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM chat_sources ORDER BY added_at, source_id",
                SqlChatSourceStore::read));
  }

  @Override
  public Optional<Source> find(SourceId source) {
    return first("source_id", source.value());
  }

  @Override
  public Optional<Source> byUrlKey(String urlKey) {
    return first("url_key", urlKey);
  }

  private Optional<Source> first(String column, String value) {
    return db.statement(
        c ->
            Sql.first(
                c,
                "SELECT " + COLUMNS + " FROM chat_sources WHERE " + column + " = ?",
                SqlChatSourceStore::read,
                value));
  }

  @Override
  public void add(Source source, String urlKey, long addedBy) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO chat_sources (source_id, kind, url, url_key, name, zone, added_by,"
                    + " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                source.id().value(),
                source.kind().name().toLowerCase(Locale.ROOT),
                source.url(),
                urlKey,
                source.name(),
                source.zone().getId(),
                addedBy,
                clock.millis()));
  }

  /** Forgets the source and what its polls remembered, so that a later source may take its id. */
  @Override
  public void remove(SourceId source) {
    db.transaction(
        c -> {
          Sql.update(c, "DELETE FROM chat_sources WHERE source_id = ?", source.value());
          Sql.update(c, "DELETE FROM source_state WHERE source_id = ?", source.value());
          Sql.update(c, "DELETE FROM seen_links WHERE source_id = ?", source.value());
          Sql.update(c, "DELETE FROM source_items WHERE source_id = ?", source.value());
          return null;
        });
  }

  private static Source read(ResultSet rs) throws SQLException {
    return Source.chat(
        new SourceId(rs.getString(1)),
        rs.getString(4),
        Source.Kind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
        URI.create(rs.getString(3)),
        ZoneId.of(rs.getString(5)));
  }
}
