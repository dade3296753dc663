package dev.newsbot.testing;

import dev.newsbot.store.Database;
import dev.newsbot.store.SqlArticleStore;
import dev.newsbot.store.SqlOutbox;
import dev.newsbot.store.SqlSeenLinks;
import dev.newsbot.store.SqlSourceStateStore;
import dev.newsbot.store.SqlSubscriberStore;
import java.nio.file.Path;
import java.time.Clock;

/** A real SQLite file in a test's temporary directory, with the stores over it. */
public final class TestDb {
  public final Database db;
  public final SqlArticleStore articles;
  public final SqlSubscriberStore subscribers;
  public final SqlOutbox outbox;
  public final SqlSourceStateStore states;
  public final SqlSeenLinks seen;

  public TestDb(Path dir, Clock clock) {
    db = Database.openSqlite(dir.resolve("test.db"));
    articles = new SqlArticleStore(db, clock);
    subscribers = new SqlSubscriberStore(db, clock);
    outbox = new SqlOutbox(db);
    states = new SqlSourceStateStore(db);
    seen = new SqlSeenLinks(db, clock);
  }

  public TestDb(Path dir) {
    this(dir, Clock.systemUTC());
  }
}
