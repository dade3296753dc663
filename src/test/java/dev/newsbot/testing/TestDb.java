package dev.newsbot.testing;

import dev.newsbot.news.SourceId;
import dev.newsbot.store.Database;
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
import java.time.Clock;

/** A real SQLite file in a test's temporary directory, with the stores over it. */
public final class TestDb {
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

  public TestDb(Path dir, Clock clock) {
    db = Database.openSqlite(dir.resolve("test.db"));
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
}
