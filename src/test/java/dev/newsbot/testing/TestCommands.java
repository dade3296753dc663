package dev.newsbot.testing;

import dev.newsbot.command.CommandHandler;
import dev.newsbot.command.LinkSummaries;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.UserFetchLimits;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.SummaryBudget;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/** The real command handler over a test database, wired as App wires it, times in UTC. */
public final class TestCommands {
  private TestCommands() {}

  /**
   * @param policy what links users may have fetched
   * @param fetches where link fetches run
   */
  public static CommandHandler handler(
      TestDb store, List<String> sourceNames, UserUrlPolicy policy, Executor fetches) {
    MessageFormatter formatter = new MessageFormatter(ZoneOffset.UTC);
    UserLinks links =
        new UserLinks(
            new HttpFetcher(new OkHttpClient(), 1 << 20, Duration.ZERO),
            policy,
            new UserFetchLimits(5, 4, Clock.systemUTC()),
            fetches);
    return new CommandHandler(
        store.subscribers,
        store.articles,
        formatter,
        sourceNames,
        new LinkSummaries(
            links,
            new ExtractiveSummarizer(SummaryBudget.DEFAULT),
            formatter,
            ZoneOffset.UTC,
            Clock.systemUTC()));
  }
}
