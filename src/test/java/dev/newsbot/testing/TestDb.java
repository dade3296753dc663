package dev.newsbot.testing;

import dev.newsbot.news.SourceId;
import dev.newsbot.store.Database;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.store.SqlArticleStore;
import dev.newsbot.store.SqlChatLists;
import dev.newsbot.store.SqlChatSourceStore;
import dev.newsbot.store.SqlFilterStore;
import dev.newsbot.store.SqlOutbox;
import dev.newsbot.store.SqlSeenLinks;
import dev.newsbot.store.SqlSettingsStore;
import dev.newsbot.store.SqlSourceStateStore;
import dev.newsbot.store.SqlSubscriberStore;
import dev.newsbot.store.SqlSubscriptionStore;
import dev.newsbot.subscription.Audience;
import dev.newsbot.subscription.ChatId;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;

/**
 * A real database with the stores over it: a SQLite file in a test's temporary directory, or a
 * fresh schema of the test PostgreSQL server.
 */
public final class TestDb implements AutoCloseable {
  public final Database db;
  public final SqlArticleStore articles;
  public final SqlSubscriberStore subscribers;
  public final SqlOutbox outbox;
  public final SqlSourceStateStore states;
  public final SqlSeenLinks seen;
  public final SqlSubscriptionStore subscriptions;
  public final SqlFilterStore filters;
  public final SqlChatSourceStore chatSources;
  public final SqlSettingsStore settings;
  public final SqlChatLists lists;
  public final Audience audience;
  private final Runnable onClose;

  public TestDb(Path dir, Clock clock) {
    this(Database.openSqlite(dir.resolve("test.db")), clock);
  }

  /** The stores over a fresh schema of the test PostgreSQL server (see {@link TestPostgres}). */
  public static TestDb postgres(Clock clock) {
    DatabaseAddress.Postgres schema = TestPostgres.freshSchema();
    return new TestDb(Database.openPostgres(schema), clock, () -> TestPostgres.drop(schema));
  }

  private TestDb(Database db, Clock clock) {
    this(db, clock, () -> {});
  }

  private TestDb(Database db, Clock clock, Runnable onClose) {
    this.db = db;
    this.onClose = onClose;
    articles = new SqlArticleStore(db, clock);
    subscribers = new SqlSubscriberStore(db, clock);
    outbox = new SqlOutbox(db, 5);
    states = new SqlSourceStateStore(db);
    seen = new SqlSeenLinks(db, clock);
    subscriptions = new SqlSubscriptionStore(db, clock);
    filters = new SqlFilterStore(db, clock);
    chatSources = new SqlChatSourceStore(db, clock);
    settings = new SqlSettingsStore(db, clock);
    lists = new SqlChatLists(db);
    audience = new Audience(subscriptions, filters, settings, java.time.ZoneOffset.UTC);
  }

  /** Closes the database's connections (and drops a PostgreSQL test schema). */
  @Override
  public void close() {
    db.close();
    onClose.run();
  }

  /** Subscribes {@code chat} and makes it follow {@code sources}. */
  public void follows(ChatId chat, String... sources) {
    subscribers.subscribe(chat);
    for (String s : sources) {
      subscriptions.follow(chat, new SourceId(s));
    }
  }

  public TestDb(Path dir) {
    this(dir, Clock.systemUTC());
  }

  /** The database in {@code file} (made, with the real migrations, when missing). */
  public static TestDb at(Path file) {
    return new TestDb(Database.openSqlite(file), Clock.systemUTC());
  }

  /**
   * Subscribes the chats {@code first} to {@code last} and makes each follow {@code source}, as
   * {@link #follows} does, but in one transaction: 100,000 chats in seconds, not minutes.
   */
  public void followInBulk(long first, long last, String source) {
    long now = System.currentTimeMillis();
    db.transaction(
        c -> {
          try (PreparedStatement chat =
                  c.prepareStatement(
                      "INSERT INTO subscribers (chat_id, active, subscribed_at, updated_at,"
                          + " sources_chosen) VALUES (?, 1, ?, ?, 1)");
              PreparedStatement follow =
                  c.prepareStatement(
                      "INSERT INTO subscriptions (chat_id, source_id, created_at) VALUES (?, ?, ?)")) {
            for (long id = first; id <= last; id++) {
              chat.setLong(1, id);
              chat.setLong(2, now);
              chat.setLong(3, now);
              chat.addBatch();
              follow.setLong(1, id);
              follow.setString(2, source);
              follow.setLong(3, now);
              follow.addBatch();
            }
            chat.executeBatch();
            follow.executeBatch();
          }
          return null;
        });
  }
}
