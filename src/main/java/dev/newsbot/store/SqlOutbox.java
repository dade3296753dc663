package dev.newsbot.store;

import dev.newsbot.delivery.Delivery;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The outbox in SQL: one row per (article, chat). */
public final class SqlOutbox implements Outbox {
  /**
   * The source of operators' notices: each notice is stored as an article of it (deliveries name an
   * article), one no list or search shows.
   */
  static final String NOTICE_SOURCE = "_notice";

  /**
   * After a send, how long its chat is not claimed again (by any instance): Telegram's per-chat
   * limits, one a second to a private chat and one in three seconds to a group, plus a margin. The
   * sent time is written when the answer is in, so the next send cannot arrive sooner.
   */
  private static final Duration PRIVATE_QUIET = Duration.ofMillis(1_050);

  private static final Duration GROUP_QUIET = Duration.ofMillis(3_050);

  private final Database db;
  private final int keep;
  private final String instance;
  private final java.time.Clock clock;

  /** The instance id of a bot alone on its database, when none is given. */
  static final String SOLE = "sole";

  /** A delivery claimed or staged by an instance that is no longer alive, or by none. */
  private static final String DEAD =
      "(claimed_by IS NULL OR claimed_by NOT IN (SELECT id FROM instances))";

  /**
   * @param maxBacklog a chat with more articles queued gets only the newest this many, and a count
   *     of the rest
   */
  public SqlOutbox(Database db, int maxBacklog) {
    this(db, maxBacklog, SOLE, java.time.Clock.systemUTC());
  }

  /**
   * @param instance the id claims are made under (see {@link SqlMembers#self}): a claim whose
   *     instance stopped beating goes back to the queue
   */
  public SqlOutbox(Database db, int maxBacklog, String instance, java.time.Clock clock) {
    if (maxBacklog < 1) {
      throw new IllegalArgumentException("maxBacklog < 1: " + maxBacklog);
    }
    this.db = db;
    this.keep = maxBacklog;
    this.instance = instance;
    this.clock = clock;
  }

  @Override
  public List<Delivery> due(Instant now, int limit) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT d.id AS delivery_id, d.chat_id, d.attempts, d.more_count, d.digest_text,"
                    + " b.thread_id, s.language, s.telegram_language, s.zone, s.summaries, s.channel, "
                    + ArticleRows.AS_DELIVERED
                    + " FROM deliveries d JOIN articles a ON a.id = d.article_id"
                    + ArticleRows.LISTING
                    + " LEFT JOIN subscribers b ON b.chat_id = d.chat_id"
                    + " LEFT JOIN chat_settings s ON s.chat_id = d.chat_id"
                    + " WHERE d.state = 'pending' AND d.next_attempt_at <= ?"
                    + " ORDER BY d.next_attempt_at, d.id LIMIT ?",
                rs ->
                    new Delivery(
                        rs.getLong("delivery_id"),
                        new ChatId(rs.getLong("chat_id")),
                        ArticleRows.read(rs),
                        rs.getInt("attempts"),
                        rs.getInt("more_count"),
                        rs.getString("digest_text"),
                        reader(rs)),
                now,
                limit));
  }

  private static Delivery.Reader reader(ResultSet rs) throws SQLException {
    String language = rs.getString("language");
    if (language == null) {
      language = rs.getString("telegram_language");
    }
    String zone = rs.getString("zone");
    int summaries = rs.getInt("summaries");
    boolean noSettings = rs.wasNull();
    return new Delivery.Reader(
        (int) rs.getLong("thread_id"),
        language == null ? "" : language,
        zone == null ? null : ZoneId.of(zone),
        noSettings || summaries == 1,
        rs.getInt("channel") == 1);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Safe across instances: the claim is an update of rows still pending, so two instances never
   * claim one delivery. A chat is claimed only when none of its deliveries is being sent and none
   * was sent within its per-chat limit, so that instances never send to one chat at once or too
   * often. On PostgreSQL, concurrent claims of one chat queue on a transaction-scoped advisory lock
   * per chat (taken in ascending order, so claimers never deadlock): a claim sees the one before it
   * committed. SQLite serialises writers by itself.
   */
  @Override
  public List<Long> claim(List<Long> deliveryIds) {
    Instant now = clock.instant();
    return db.transaction(
        c -> {
          if (db.dialect() == Database.Dialect.POSTGRESQL && !deliveryIds.isEmpty()) {
            lockChats(c, deliveryIds);
          }
          List<Long> claimed = new ArrayList<>();
          Instant privateSince = now.minus(PRIVATE_QUIET);
          Instant groupSince = now.minus(GROUP_QUIET);
          int[] counts =
              Sql.batch(
                  c,
                  "UPDATE deliveries SET state = 'sending', attempts = attempts + 1, claimed_by = ?"
                      + " WHERE id = ? AND state = 'pending' AND NOT EXISTS (SELECT 1 FROM"
                      + " deliveries o WHERE o.chat_id = deliveries.chat_id AND (o.state ="
                      + " 'sending' OR o.sent_at > CASE WHEN o.chat_id < 0 THEN ? ELSE ? END))",
                  deliveryIds.stream()
                      .map(id -> new Object[] {instance, id, groupSince, privateSince})
                      .toList());
          for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 1) {
              claimed.add(deliveryIds.get(i));
            }
          }
          return claimed;
        });
  }

  /** Takes the advisory lock of each chat of {@code deliveryIds}, in ascending order. */
  private static void lockChats(Connection c, List<Long> deliveryIds) throws SQLException {
    java.sql.Array ids = c.createArrayOf("bigint", deliveryIds.toArray());
    try {
      Sql.query(
          c,
          "SELECT pg_advisory_xact_lock(chat_id) FROM (SELECT DISTINCT chat_id FROM deliveries"
              + " WHERE id = ANY (?) ORDER BY chat_id) AS chats",
          rs -> Boolean.TRUE,
          ids);
    } finally {
      ids.free();
    }
  }

  @Override
  public void markSent(List<Long> deliveryIds, Instant at) {
    db.transaction(
        c ->
            Sql.batch(
                c,
                "UPDATE deliveries SET state = 'sent', sent_at = ?, last_error = NULL WHERE id = ?",
                deliveryIds.stream().map(id -> new Object[] {at, id}).toList()));
  }

  @Override
  public void handBack(long deliveryId, Instant next) {
    update(
        "UPDATE deliveries SET state = 'pending', attempts = attempts - 1, next_attempt_at = ?"
            + " WHERE id = ? AND state = 'sending'",
        next,
        deliveryId);
  }

  @Override
  public void retryAt(long deliveryId, Instant next, String error) {
    update(
        "UPDATE deliveries SET state = 'pending', next_attempt_at = ?, last_error = ? WHERE id = ?",
        next,
        error,
        deliveryId);
  }

  @Override
  public void markFailed(long deliveryId, String error) {
    update(
        "UPDATE deliveries SET state = 'failed', last_error = ? WHERE id = ?", error, deliveryId);
  }

  @Override
  public void retarget(long deliveryId, ChatId newChat) {
    update(
        "UPDATE deliveries SET chat_id = ?, state = 'pending' WHERE id = ?",
        newChat.value(),
        deliveryId);
  }

  /** {@inheritDoc} Only those of instances no longer alive (not in the instances table). */
  @Override
  public int releaseClaims() {
    return update(
        "UPDATE deliveries SET state = 'pending', claimed_by = NULL WHERE state = 'sending' AND "
            + DEAD);
  }

  /**
   * {@inheritDoc} With no source, only what instances no longer alive staged: another instance's
   * poll may be staging now.
   */
  @Override
  public int releaseStaged(SourceId source) {
    String which = source == null ? " AND " + DEAD : " AND staged_for = ?";
    Object[] params = source == null ? new Object[0] : new Object[] {source.value()};
    return db.transaction(
        c -> {
          int skipped = collapseChats(c, "state = 'staged'" + which, params);
          Sql.update(
              c,
              "UPDATE deliveries SET state = 'pending', claimed_by = NULL WHERE state = 'staged'"
                  + which,
              params);
          return skipped;
        });
  }

  /**
   * Collapses the backlogs of the chats with a delivery that matches {@code where}: in one query
   * for all, as a broadcast stages a delivery for every chat and few have a backlog.
   */
  private int collapseChats(Connection c, String where, Object... params) throws SQLException {
    Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
    all[params.length] = keep;
    List<Long> chats =
        Sql.query(
            c,
            "SELECT chat_id FROM deliveries WHERE state IN ('pending', 'staged')"
                + " AND digest_text IS NULL"
                + " AND chat_id IN (SELECT chat_id FROM deliveries WHERE "
                + where
                + ") GROUP BY chat_id HAVING COUNT(*) > ?",
            rs -> rs.getLong(1),
            all);
    int skipped = 0;
    for (long chat : chats) {
      skipped += collapse(c, chat);
    }
    return skipped;
  }

  /** Skips all but the newest {@code keep} queued deliveries of a chat; the newest counts them. */
  private int collapse(Connection c, long chat) throws SQLException {
    List<long[]> rows =
        Sql.query(
            c, // {delivery id, more_count}, newest article first
            "SELECT d.id, d.more_count FROM deliveries d JOIN articles a ON a.id = d.article_id"
                + " WHERE d.chat_id = ? AND d.state IN ('pending', 'staged')"
                + " AND d.digest_text IS NULL"
                + " ORDER BY COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            chat);
    if (rows.size() <= keep) {
      return 0;
    }
    // The newest says how many were left out, now and by earlier collapses.
    long more = 0;
    for (int i = 1; i < rows.size(); i++) {
      long[] row = rows.get(i);
      more += row[1] + (i < keep ? 0 : 1);
      if (i >= keep) {
        Sql.update(c, "UPDATE deliveries SET state = 'skipped' WHERE id = ?", row[0]);
      } else if (row[1] > 0) {
        Sql.update(c, "UPDATE deliveries SET more_count = 0 WHERE id = ?", row[0]);
      }
    }
    Sql.update(
        c, "UPDATE deliveries SET more_count = more_count + ? WHERE id = ?", more, rows.get(0)[0]);
    return rows.size() - keep;
  }

  @Override
  public List<Delivery> heldForDigest(ChatId chat) {
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT d.id AS delivery_id, "
                    + ArticleRows.AS_DELIVERED
                    + " FROM deliveries d JOIN articles a ON a.id = d.article_id"
                    + ArticleRows.LISTING
                    + " WHERE d.chat_id = ? AND d.state = 'digest'"
                    + " ORDER BY COALESCE(a.published_at, a.discovered_at), a.id",
                rs -> new Delivery(rs.getLong("delivery_id"), chat, ArticleRows.read(rs), 0, 0),
                chat.value()));
  }

  @Override
  public void queueDigest(ChatId chat, List<Long> held, List<String> parts, Instant now) {
    if (parts.size() > held.size()) {
      throw new IllegalArgumentException(parts.size() + " parts for " + held.size() + " articles");
    }
    db.transaction(
        c -> {
          for (int i = 0; i < held.size(); i++) {
            if (i < parts.size()) {
              Sql.update(
                  c,
                  "UPDATE deliveries SET state = 'pending', digest_text = ?, next_attempt_at = ?"
                      + " WHERE id = ? AND state = 'digest'",
                  parts.get(i),
                  now.plusMillis(i), // in order
                  held.get(i));
            } else {
              Sql.update(
                  c,
                  "UPDATE deliveries SET state = 'digested' WHERE id = ? AND state = 'digest'",
                  held.get(i));
            }
          }
          return null;
        });
  }

  @Override
  public int queueNotice(String html, Instant now) {
    return db.transaction(
        c -> {
          String key = "notice:" + now.toEpochMilli() + ":" + System.nanoTime();
          long id =
              Sql.first(
                      c,
                      "INSERT INTO articles (source_id, source_name, url, url_key, title,"
                          + " discovered_at, standfirst, body, summary)"
                          + " VALUES (?, 'NewsBot', ?, ?, 'Notice', ?, '', ?, '') RETURNING id",
                      rs -> rs.getLong(1),
                      NOTICE_SOURCE,
                      key,
                      key,
                      now,
                      html)
                  .orElseThrow();
          return Sql.update(
              c,
              "INSERT INTO deliveries (article_id, chat_id, state, attempts, next_attempt_at,"
                  + " created_at, digest_text)"
                  + " SELECT ?, chat_id, 'pending', 0, ?, ?, ? FROM subscribers WHERE active = 1",
              id,
              now,
              now,
              html);
        });
  }

  @Override
  public int releaseHeld(ChatId chat, Instant now) {
    return db.transaction(
        c -> {
          int released =
              Sql.update(
                  c,
                  "UPDATE deliveries SET state = 'pending', next_attempt_at = ?"
                      + " WHERE chat_id = ? AND state = 'digest'",
                  now,
                  chat.value());
          if (released > 0) {
            collapse(c, chat.value());
          }
          return released;
        });
  }

  @Override
  public Depth depth(Instant now) {
    return db.statement(
        c ->
            Sql.first(
                    c,
                    "SELECT COUNT(*), MIN(created_at) AS oldest FROM deliveries"
                        + " WHERE state IN ('pending', 'sending')",
                    rs -> {
                      long count = rs.getLong(1);
                      Instant oldest = ArticleRows.instant(rs, "oldest");
                      return new Depth(
                          count, oldest == null ? Duration.ZERO : Duration.between(oldest, now));
                    })
                .orElseThrow());
  }

  private int update(String sql, Object... params) {
    return db.statement(c -> Sql.update(c, sql, params));
  }
}
