package dev.newsbot.config;

import dev.newsbot.fetch.Cidr;
import dev.newsbot.news.Source;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.summary.LlmConfig;
import dev.newsbot.summary.SummaryBudget;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the bot is configured with, loaded once at start-up.
 *
 * @param pollInterval how often each source is polled
 * @param sendRatePerSecond the bot-wide limit on messages sent to Telegram
 * @param displayZone the time zone in which users are shown times
 * @param sources the news sources, in the order of the file
 * @param telegram how to reach Telegram
 * @param database the SQLite file or the PostgreSQL database
 * @param fetch how pages and feeds are fetched
 * @param maxBacklog a chat with more articles queued gets only the newest this many, and a count
 * @param summary how long summaries may be
 * @param llm the optional LLM that writes summaries, with the extractive summariser as fallback
 * @param userFetchAllow address ranges that links from chat users may reach although they are not
 *     public (an intranet), at any port
 * @param userSources whether chats may add sources of their own with /add
 * @param maxSourcesPerChat how many sources of its own one chat may follow
 * @param digestCheck how often the bot looks for digests that are due
 * @param adminChats the chats of the bot's operators (ADMIN_CHAT_IDS): /stats and /broadcast
 * @param channels the channels the bot posts to
 * @param http where /healthz and /metrics are served (NEWSBOT_HTTP_PORT, NEWSBOT_HTTP_BIND); empty
 *     for nowhere
 * @param paidBroadcast whether pushes are sent as paid broadcasts ({@code allow_paid_broadcast}),
 *     which lets {@code sendRatePerSecond} go up to 1000
 */
public record AppConfig(
    Duration pollInterval,
    int sendRatePerSecond,
    ZoneId displayZone,
    List<Source> sources,
    TelegramConfig telegram,
    DatabaseAddress database,
    FetchConfig fetch,
    int maxBacklog,
    SummaryBudget summary,
    Optional<LlmConfig> llm,
    List<Cidr> userFetchAllow,
    boolean userSources,
    int maxSourcesPerChat,
    Duration digestCheck,
    Set<Long> adminChats,
    List<ChannelConfig> channels,
    Optional<java.net.InetSocketAddress> http,
    boolean paidBroadcast) {
  public AppConfig {
    Objects.requireNonNull(pollInterval, "pollInterval == null");
    Objects.requireNonNull(displayZone, "displayZone == null");
    Objects.requireNonNull(telegram, "telegram == null");
    Objects.requireNonNull(database, "database == null");
    Objects.requireNonNull(fetch, "fetch == null");
    Objects.requireNonNull(summary, "summary == null");
    Objects.requireNonNull(llm, "llm == null");
    sources = List.copyOf(sources);
    userFetchAllow = List.copyOf(userFetchAllow);
    adminChats = Set.copyOf(adminChats);
    channels = List.copyOf(channels);
    if (maxBacklog < 1) {
      throw new IllegalArgumentException("maxBacklog < 1: " + maxBacklog);
    }
    if (sendRatePerSecond < 1) {
      throw new IllegalArgumentException("sendRatePerSecond < 1: " + sendRatePerSecond);
    }
  }
}
