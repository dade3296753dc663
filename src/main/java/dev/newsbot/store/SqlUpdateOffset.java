package dev.newsbot.store;

import dev.newsbot.cluster.UpdateOffset;
import java.time.Clock;
import java.time.Duration;

/**
 * The update offset as one row per bot of the update_offset table. A row older than {@link
 * #KEPT_FOR} is ignored: Telegram keeps an unconfirmed update for a day only, and after a week
 * without updates it may number the next one from a lower, random id.
 */
public final class SqlUpdateOffset implements UpdateOffset {
  /** How long Telegram keeps an update nobody confirmed. */
  static final Duration KEPT_FOR = Duration.ofDays(1);

  private final Database db;
  private final long botId;
  private final Clock clock;

  /**
   * @param botId the bot's number, the part of its token before the colon
   */
  public SqlUpdateOffset(Database db, long botId, Clock clock) {
    this.db = db;
    this.botId = botId;
    this.clock = clock;
  }

  /** The bot's number in {@code token} ("123456:ABC…"), or 0 when it has none. */
  public static long botId(String token) {
    int colon = token.indexOf(':');
    try {
      return colon > 0 ? Long.parseLong(token.substring(0, colon)) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public long last() {
    return db.statement(
        c ->
            Sql.first(
                    c,
                    "SELECT last_update_id FROM update_offset WHERE bot_id = ? AND taken_at >= ?",
                    rs -> rs.getLong(1),
                    botId,
                    clock.instant().minus(KEPT_FOR))
                .orElse(0L));
  }

  @Override
  public void taken(long updateId) {
    db.statement(
        c ->
            Sql.update(
                c,
                "INSERT INTO update_offset (bot_id, last_update_id, taken_at) VALUES (?, ?, ?)"
                    + " ON CONFLICT (bot_id) DO UPDATE SET last_update_id ="
                    + " excluded.last_update_id, taken_at = excluded.taken_at WHERE"
                    + " update_offset.last_update_id < excluded.last_update_id"
                    + " OR update_offset.taken_at < ?",
                botId,
                updateId,
                clock.instant(),
                clock.instant().minus(KEPT_FOR)));
  }
}
