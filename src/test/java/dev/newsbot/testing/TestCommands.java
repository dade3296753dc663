package dev.newsbot.testing;

import dev.newsbot.command.ChatCommands;
import dev.newsbot.command.Commands;
import dev.newsbot.command.LinkSummaries;
import dev.newsbot.delivery.Formatters;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.UserFetchLimits;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.SourceAdder;
import dev.newsbot.source.SourcePoller;
import dev.newsbot.store.SqlArticleSearch;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.SummaryBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/** The real commands over a test database, wired as App wires them, times in UTC. */
public final class TestCommands {
  public final SourceCatalog catalog;
  public final ChatCommands chats;

  /** Channels the tests make up: @name to id, and who administers them (the bot is id 0). */
  public final java.util.Map<String, Long> channelIds =
      new java.util.concurrent.ConcurrentHashMap<>();

  public final java.util.Set<String> channelAdmins =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** While true, Telegram cannot be asked about channels. */
  public volatile boolean telegramUnreachable;

  private final dev.newsbot.command.Channels channels =
      new dev.newsbot.command.Channels() {
        @Override
        public java.util.Optional<dev.newsbot.subscription.ChatId> resolve(String reference) {
          if (telegramUnreachable) {
            throw new dev.newsbot.command.ChannelsUnreachable("no connection", null);
          }
          return java.util.Optional.ofNullable(channelIds.get(reference))
              .map(dev.newsbot.subscription.ChatId::new);
        }

        @Override
        public boolean botIsAdmin(dev.newsbot.subscription.ChatId channel) {
          return isAdmin(channel, 0);
        }

        @Override
        public boolean isAdmin(dev.newsbot.subscription.ChatId channel, long user) {
          return channelAdmins.contains(channel.value() + ":" + user);
        }
      };

  /** The chat in ADMIN_CHAT_IDS in these tests. */
  public static final long OPERATOR = 999;

  /** The users who administer every group in these tests. */
  public final java.util.Set<Long> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public final MessageFormatter formatter = new MessageFormatter(ZoneOffset.UTC);

  /**
   * @param configured the sources of the config file
   * @param policy what links users may have fetched
   * @param fetches where link fetches run
   */
  public TestCommands(
      TestDb store, List<Source> configured, UserUrlPolicy policy, Executor fetches) {
    Texts texts = Texts.english();
    HttpFetcher fetcher = new HttpFetcher(new OkHttpClient(), 1 << 20, Duration.ZERO);
    UserLinks links =
        new UserLinks(fetcher, policy, new UserFetchLimits(5, 4, Clock.systemUTC()), fetches);
    catalog = new SourceCatalog(configured, store.chatSources);
    ExtractiveSummarizer summarizer = new ExtractiveSummarizer(SummaryBudget.DEFAULT);
    FeedReader feeds = new FeedReader();
    SourcePoller poller =
        new SourcePoller(
            fetcher,
            feeds,
            summarizer,
            store.articles,
            store.states,
            store.seen,
            store.audience,
            r -> store.outbox.releaseStaged(r.source()), // as the bot does when a poll ends
            Clock.systemUTC(),
            Duration.ofMinutes(5),
            policy.fetchPolicy());
    Commands commands =
        new Commands(
            store.subscribers,
            store.subscriptions,
            store.filters,
            store.articles,
            new SqlArticleSearch(store.db),
            catalog,
            new SourceAdder(
                links, fetcher, policy, feeds, poller, catalog, store.articles, ZoneOffset.UTC),
            new LinkSummaries(
                links, summarizer, formatter, ZoneOffset.UTC, Clock.systemUTC(), texts),
            store.settings,
            store.outbox,
            store.lists,
            ZoneOffset.UTC,
            new Formatters(ZoneOffset.UTC, Texts::forLanguage),
            Clock.systemUTC(),
            true,
            3,
            (chat, user) -> admins.contains(user),
            java.util.Set.of(OPERATOR),
            new dev.newsbot.store.SqlBotStats(store.db),
            () -> 0,
            () -> {},
            channels);
    chats = commands.chats();
  }
}
