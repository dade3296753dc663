package dev.newsbot.store;

import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.ChatSettings;
import dev.newsbot.subscription.SettingsStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chat settings in SQL. */
public final class SqlSettingsStore implements SettingsStore {
  private static final String COLUMNS =
      "chat_id, digest_times, quiet_from, quiet_to, zone, summaries, language";

  private final Database db;
  private final Clock clock;

  public SqlSettingsStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public ChatSettings of(ChatId chat) {
    return db.statement(
            c ->
                Sql.first(
                    c,
                    "SELECT " + COLUMNS + " FROM chat_settings WHERE chat_id = ?",
                    SqlSettingsStore::read,
                    chat.value()))
        .orElse(ChatSettings.DEFAULT);
  }

  @Override
  public Map<ChatId, ChatSettings> of(Collection<ChatId> chats) {
    Set<Long> wanted = new HashSet<>();
    chats.forEach(c -> wanted.add(c.value()));
    Map<ChatId, ChatSettings> out = new HashMap<>();
    // One read of the table (a row per chat that spoke to the bot) rather than a query per chat;
    // the audience it serves is as large anyway.
    db.statement(
        c ->
            Sql.query(
                c,
                "SELECT " + COLUMNS + " FROM chat_settings",
                rs -> {
                  long id = rs.getLong(1);
                  if (wanted.contains(id)) {
                    out.put(new ChatId(id), read(rs));
                  }
                  return null;
                }));
    return out;
  }

  @Override
  public void save(ChatId chat, ChatSettings s) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO chat_settings (chat_id, digest_times, quiet_from, quiet_to, zone,"
                    + " summaries, language, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (chat_id) DO UPDATE SET digest_times = excluded.digest_times,"
                    + " quiet_from = excluded.quiet_from, quiet_to = excluded.quiet_to,"
                    + " zone = excluded.zone, summaries = excluded.summaries,"
                    + " language = excluded.language, updated_at = excluded.updated_at",
                chat.value(),
                s.digestTimes().isEmpty()
                    ? null
                    : s.digestTimes().stream()
                        .map(LocalTime::toString)
                        .collect(Collectors.joining(",")),
                s.quiet().map(q -> q.from().toString()).orElse(null),
                s.quiet().map(q -> q.to().toString()).orElse(null),
                s.zone().map(ZoneId::getId).orElse(null),
                s.summaries() ? 1 : 0,
                s.language().orElse(null),
                clock.millis()));
  }

  @Override
  public Map<ChatId, ChatSettings> digestChats() {
    Map<ChatId, ChatSettings> out = new HashMap<>();
    db.statement(
        c ->
            Sql.query(
                c,
                "SELECT s.chat_id, s.digest_times, s.quiet_from, s.quiet_to, s.zone, s.summaries,"
                    + " s.language FROM chat_settings s JOIN subscribers b ON b.chat_id = s.chat_id"
                    + " WHERE s.digest_times IS NOT NULL AND b.active = 1",
                rs -> {
                  out.put(new ChatId(rs.getLong(1)), read(rs));
                  return null;
                }));
    return out;
  }

  @Override
  public Optional<Instant> lastDigest(ChatId chat) {
    return db.statement(
            c ->
                Sql.first(
                    c,
                    "SELECT last_digest_at FROM chat_settings WHERE chat_id = ?",
                    rs -> Optional.ofNullable(ArticleRows.instant(rs, "last_digest_at")),
                    chat.value()))
        .flatMap(o -> o);
  }

  @Override
  public void digestDone(ChatId chat, Instant due) {
    db.statement(
        c ->
            Sql.update(
                c,
                "UPDATE chat_settings SET last_digest_at = ? WHERE chat_id = ?",
                due,
                chat.value()));
  }

  @Override
  public void markChannel(ChatId chat) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO chat_settings (chat_id, channel, updated_at) VALUES (?, 1, ?)"
                    + " ON CONFLICT (chat_id) DO UPDATE SET channel = 1",
                chat.value(),
                clock.millis()));
  }

  @Override
  public void rememberTelegramLanguage(ChatId chat, String languageCode) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO chat_settings (chat_id, telegram_language, updated_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (chat_id) DO UPDATE SET"
                    + " telegram_language = excluded.telegram_language"
                    + " WHERE chat_settings.telegram_language IS NULL"
                    + " OR chat_settings.telegram_language <> excluded.telegram_language",
                chat.value(),
                languageCode,
                clock.millis()));
  }

  @Override
  public Optional<String> telegramLanguage(ChatId chat) {
    return db.statement(
            c ->
                Sql.first(
                    c,
                    "SELECT telegram_language FROM chat_settings WHERE chat_id = ?",
                    rs -> Optional.ofNullable(rs.getString(1)),
                    chat.value()))
        .flatMap(o -> o);
  }

  private static ChatSettings read(ResultSet rs) throws SQLException {
    String times = rs.getString(2);
    List<LocalTime> digest =
        times == null ? List.of() : Arrays.stream(times.split(",")).map(LocalTime::parse).toList();
    String from = rs.getString(3);
    String to = rs.getString(4);
    Optional<ChatSettings.QuietHours> quiet =
        from == null || to == null
            ? Optional.empty()
            : Optional.of(new ChatSettings.QuietHours(LocalTime.parse(from), LocalTime.parse(to)));
    String zone = rs.getString(5);
    return new ChatSettings(
        digest,
        quiet,
        zone == null ? Optional.empty() : Optional.of(ZoneId.of(zone)),
        rs.getInt(6) == 1,
        Optional.ofNullable(rs.getString(7)));
  }
}
