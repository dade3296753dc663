package dev.newsbot;

import dev.newsbot.cli.CommandLine;
import dev.newsbot.cluster.Heartbeat;
import dev.newsbot.cluster.PollingLease;
import dev.newsbot.command.Admins;
import dev.newsbot.command.ChannelSetup;
import dev.newsbot.command.Channels;
import dev.newsbot.command.ChatCommands;
import dev.newsbot.command.Commands;
import dev.newsbot.command.LinkSummaries;
import dev.newsbot.config.AppConfig;
import dev.newsbot.config.ChannelConfig;
import dev.newsbot.console.ConsoleChat;
import dev.newsbot.console.ConsoleMessenger;
import dev.newsbot.delivery.ChatQueues;
import dev.newsbot.delivery.DeliveryMetrics;
import dev.newsbot.delivery.DeliverySender;
import dev.newsbot.delivery.Digests;
import dev.newsbot.delivery.Formatters;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.Outcomes;
import dev.newsbot.delivery.PushAttempt;
import dev.newsbot.delivery.ReadHere;
import dev.newsbot.delivery.ReadableArticle;
import dev.newsbot.delivery.ReplyMessenger;
import dev.newsbot.delivery.SendLimiter;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.UserFetchLimits;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.health.ActivityReport;
import dev.newsbot.health.HealthServer;
import dev.newsbot.health.PollingHealth;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.retry.Backoff;
import dev.newsbot.schedule.PollScheduler;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.PollMetrics;
import dev.newsbot.source.SourceAdder;
import dev.newsbot.source.SourcePoller;
import dev.newsbot.store.AdvisoryPollingLease;
import dev.newsbot.store.Database;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.store.InstanceLock;
import dev.newsbot.store.SqlArticleSearch;
import dev.newsbot.store.SqlArticleStore;
import dev.newsbot.store.SqlBotStats;
import dev.newsbot.store.SqlChatLists;
import dev.newsbot.store.SqlChatSourceStore;
import dev.newsbot.store.SqlFilterStore;
import dev.newsbot.store.SqlMembers;
import dev.newsbot.store.SqlOutbox;
import dev.newsbot.store.SqlSeenLinks;
import dev.newsbot.store.SqlSettingsStore;
import dev.newsbot.store.SqlSourceStateStore;
import dev.newsbot.store.SqlSubscriberStore;
import dev.newsbot.store.SqlSubscriptionStore;
import dev.newsbot.store.SqlUpdateOffset;
import dev.newsbot.subscription.Audience;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.LlmSummarizer;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.telegram.TelegramBot;
import dev.newsbot.telegram.TelegramMessenger;
import dev.newsbot.telegram.TokenRejectedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The running bot. The only place that creates infrastructure (database, HTTP client, Telegram
 * client, scheduler); {@link #close()} stops everything in the reverse order of start.
 */
public final class App implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(App.class);

  /** What to stop, most recently started first. */
  private final Deque<AutoCloseable> running = new ArrayDeque<>();

  private final CountDownLatch stopped = new CountDownLatch(1);

  private static final int USER_FETCHES_PER_MINUTE = 5;
  private static final int USER_FETCHES_AT_ONCE = 4;
  private static final int POLL_THREADS = 4;
  private static final int REPLY_WORKERS = 4;

  private final PrometheusMeterRegistry metrics =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private volatile HealthServer health;

  private App() {}

  /** The bot's numbers, for the operations endpoint. */
  public MeterRegistry metrics() {
    return metrics;
  }

  /** The port of /healthz and /metrics, when they are served. */
  public Optional<Integer> httpPort() {
    HealthServer h = health;
    return h == null ? Optional.empty() : Optional.of(h.port());
  }

  /**
   * Starts the bot: Telegram when the config has a token, the console otherwise.
   *
   * @throws TokenRejectedException when Telegram refuses the token
   */
  public static App start(AppConfig config, InputStream in, PrintStream out) throws Exception {
    return start(config, in, out, Clock.systemUTC());
  }

  /** As {@link #start(AppConfig, InputStream, PrintStream)}, on {@code clock} (tests move it). */
  static App start(AppConfig config, InputStream in, PrintStream out, Clock clock)
      throws Exception {
    App app = new App();
    try {
      app.startAll(config, in, out, clock);
    } catch (Exception | Error e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** How users reach the bot: Telegram (its client and callbacks), or the console. */
  private record Front(
      Messenger pushes,
      Messenger replies,
      TelegramMessenger telegram,
      OkHttpTelegramClient client,
      TelegramUrl url) {}

  private void startAll(AppConfig config, InputStream in, PrintStream out, Clock clock)
      throws Exception {
    if (config.database() instanceof DatabaseAddress.SqliteFile sqlite) {
      running.push(InstanceLock.take(sqlite.file())); // PostgreSQL is shared by design
    }
    Database db = Database.open(config.database());
    running.push(db);
    var members = new SqlMembers(db, clock.instant());
    var articles = new SqlArticleStore(db, clock, members.self());
    var subscribers = new SqlSubscriberStore(db, clock);
    var subscriptions = new SqlSubscriptionStore(db, clock);
    var filters = new SqlFilterStore(db, clock);
    var settings = new SqlSettingsStore(db, clock);
    var audience = new Audience(subscriptions, filters, settings, config.displayZone());
    var catalog = new SourceCatalog(config.sources(), new SqlChatSourceStore(db, clock));
    List<SourceId> defaults =
        config.sources().stream().filter(Source::followedByDefault).map(Source::id).toList();
    int adopted = subscriptions.adoptDefaults(defaults);
    if (adopted > 0) {
      log.info(
          "{} chats that subscribed before sources could be chosen follow the defaults", adopted);
    }
    var outbox = new SqlOutbox(db, config.maxBacklog(), members.self(), clock);
    var lists = new SqlChatLists(db);

    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(20))
            // A broadcast at 1,000 a second keeps some 200 sends in flight; TelegramBots sends
            // through OkHttp's dispatcher, which lets only 5 requests to one host run by default.
            .dispatcher(sendDispatcher())
            .connectionPool(new ConnectionPool(256, 1, TimeUnit.MINUTES))
            .build();
    running.push(() -> shutdown(http));

    HttpFetcher fetcher =
        new HttpFetcher(http, config.fetch().maxBodyBytes(), config.fetch().hostDelay());
    Summarizer extractive = new ExtractiveSummarizer(config.summary());
    Summarizer chosen =
        config
            .llm()
            .<Summarizer>map(llm -> new LlmSummarizer(llm, http, extractive))
            .orElse(extractive);
    Counter summaries =
        Counter.builder("newsbot.summaries.made")
            .description("summaries written, of new articles and of users' links")
            .register(metrics);
    Summarizer summarizer =
        request -> {
          String summary = chosen.summarize(request);
          if (!summary.isEmpty()) {
            summaries.increment();
          }
          return summary;
        };
    Texts texts = Texts.english();
    MessageFormatter formatter = new MessageFormatter(config.displayZone(), texts);
    Formatters formatters = new Formatters(config.displayZone(), Texts::forLanguage);
    SendLimiter limiter =
        new SendLimiter(config.sendRatePerSecond(), config.paidBroadcast(), System::nanoTime);
    Front front = front(config, http, limiter, out);
    DeliveryMetrics deliveryMetrics = new DeliveryMetrics(metrics, outbox, clock);
    Gauge.builder("newsbot.send.rate.limit", limiter, SendLimiter::rate)
        .description("sends a second the bot allows itself now (lower after flood waits)")
        .register(metrics);
    DeliverySender sender =
        new DeliverySender(
            outbox,
            new PushAttempt(
                front.pushes(),
                formatters,
                front.telegram() == null ? () -> null : front.telegram()::botName,
                catalog::photos,
                limiter),
            new Outcomes(
                outbox, subscribers, limiter, deliveryMetrics, clock, RandomGenerator.getDefault()),
            limiter,
            clock,
            System::nanoTime,
            Executors.newCachedThreadPool(r -> daemon(r, "delivery-worker")));
    // Instances on one database share the rate; stopped after the sender (pushed before it).
    Heartbeat heartbeat =
        new Heartbeat(
            members,
            limiter::share,
            sender::releaseLeftovers,
            clock,
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "heartbeat")));
    heartbeat.start();
    running.push(heartbeat);
    heartbeat.awaitRoom();
    sender.start();
    running.push(sender);

    UserUrlPolicy userPolicy = new UserUrlPolicy(config.userFetchAllow(), Dns.SYSTEM);
    UserLinks userLinks = userLinks(fetcher, userPolicy, clock);
    FeedReader feeds = new FeedReader();
    PollMetrics pollMetrics = new PollMetrics(metrics, catalog);
    SourcePoller poller =
        new SourcePoller(
            fetcher,
            feeds,
            summarizer,
            articles,
            new SqlSourceStateStore(db),
            new SqlSeenLinks(db, clock),
            audience,
            result -> {
              pollMetrics.record(result);
              if (result.queuedDeliveries()) {
                int skipped = outbox.releaseStaged(result.source());
                if (skipped > 0) {
                  log.info(
                      "Source '{}': left {} older articles out of chats' backlogs (max_backlog {})",
                      result.source(),
                      skipped,
                      config.maxBacklog());
                }
                sender.wake();
              }
            },
            clock,
            config.pollInterval(),
            userPolicy.fetchPolicy());
    Commands commands =
        new Commands(
            subscribers,
            subscriptions,
            filters,
            articles,
            new SqlArticleSearch(db),
            catalog,
            new SourceAdder(
                userLinks,
                fetcher,
                userPolicy,
                feeds,
                poller,
                catalog,
                articles,
                config.displayZone()),
            new LinkSummaries(userLinks, summarizer, formatter, config.displayZone(), clock, texts),
            settings,
            outbox,
            lists,
            config.displayZone(),
            formatters,
            clock,
            config.userSources(),
            config.maxSourcesPerChat(),
            front.telegram() == null ? Admins.EVERYONE : front.telegram().admins(),
            config.adminChats(),
            new SqlBotStats(db),
            deliveryMetrics::rateLimitedCount,
            sender::wake,
            front.telegram() == null ? NO_CHANNELS : front.telegram().channels());
    ChatCommands handler = commands.chats();

    Digests digests =
        new Digests(
            settings,
            outbox,
            formatters,
            config.displayZone(),
            clock,
            (chat, ids) -> lists.save(chat, ids),
            sender::wake);
    PollScheduler scheduler =
        new PollScheduler(
            poller,
            catalog,
            config.pollInterval(),
            POLL_THREADS,
            digests::run,
            config.digestCheck(),
            db.dialect() == Database.Dialect.POSTGRESQL
                ? Optional.of(db.dataSource())
                : Optional.empty());
    scheduler.start(id -> subscriptions.followerCount(id) > 0);
    running.push(scheduler);
    running.push(fetcher::cancelAll); // runs before the scheduler waits for its jobs

    new JvmMemoryMetrics().bindTo(metrics);
    JvmGcMetrics gc = new JvmGcMetrics();
    gc.bindTo(metrics);
    running.push(gc);
    new JvmThreadMetrics().bindTo(metrics);
    new ClassLoaderMetrics().bindTo(metrics);
    new ProcessorMetrics().bindTo(metrics);
    new UptimeMetrics().bindTo(metrics);
    ActivityReport activity = new ActivityReport(metrics);
    ScheduledExecutorService hourly =
        Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "hourly-report"));
    hourly.scheduleAtFixedRate(
        () -> log.info("In the last hour: {}", activity.sinceLast()), 1, 1, TimeUnit.HOURS);
    running.push(hourly::shutdownNow);
    PollingHealth polling = front.telegram() == null ? null : new PollingHealth(clock);
    if (config.http().isPresent()) {
      var at = config.http().get();
      health =
          new HealthServer(
              at.getHostString(),
              at.getPort(),
              new SqlBotStats(db),
              outbox,
              polling,
              () -> writable(db),
              metrics,
              clock);
      running.push(health);
    }

    if (front.telegram() != null) {
      Map<String, ReadableArticle> renderers = new ConcurrentHashMap<>();
      ChatQueues queues =
          new ChatQueues(Executors.newFixedThreadPool(REPLY_WORKERS, r -> daemon(r, "replies")));
      TelegramBot bot =
          new TelegramBot(
              config.telegram().token().orElseThrow(),
              front.url(),
              front.client(),
              // getUpdates waits up to 50 s for news; its read time-out must outlast that.
              http.newBuilder().readTimeout(Duration.ofSeconds(75)).addInterceptor(polling).build(),
              new TelegramBot.Handlers(
                  handler,
                  subscribers,
                  front.replies(),
                  front.telegram(),
                  new ReadHere(
                      front.telegram(),
                      front.replies(),
                      new ReadableArticle(config.displayZone(), texts)),
                  language ->
                      renderers.computeIfAbsent(
                          language,
                          l -> new ReadableArticle(config.displayZone(), Texts.forLanguage(l))),
                  queues),
              Executors.newSingleThreadExecutor(r -> daemon(r, "telegram-updates")),
              db.dialect() == Database.Dialect.POSTGRESQL
                  ? new AdvisoryPollingLease(db) // instances elect one poller
                  : PollingLease.SOLE, // the instance lock keeps this one alone
              new SqlUpdateOffset(
                  db, SqlUpdateOffset.botId(config.telegram().token().get()), clock));
      running.push(bot);
      bot.start();
      ScheduledExecutorService channelRetries =
          Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "channel-setup"));
      running.push(channelRetries::shutdownNow);
      setUpChannels(
          config.channels(),
          new ChannelSetup(front.telegram().channels(), subscribers, subscriptions, settings),
          channelRetries,
          1);
    } else {
      subscribeConsole(subscribers, subscriptions, defaults);
      startConsole(in, out, handler, front.replies());
    }
    log.info(
        "NewsBot {} started: {} sources, polled every {} s, database {}",
        CommandLine.version(),
        catalog.all().size(),
        config.pollInterval().toSeconds(),
        config.database().describe());
  }

  private static Front front(
      AppConfig config, OkHttpClient http, SendLimiter limiter, PrintStream out) {
    if (config.telegram().token().isEmpty()) {
      Messenger console = new ConsoleMessenger(out);
      return new Front(console, console, null, null, null);
    }
    HttpUrl api = HttpUrl.get(config.telegram().apiUrl());
    TelegramUrl url = new TelegramUrl(api.scheme(), api.host(), api.port(), false);
    var client =
        new OkHttpTelegramClient(
            TelegramMessenger.stamping(http, limiter::onWire),
            config.telegram().token().get(),
            url);
    TelegramMessenger pushes = new TelegramMessenger(client, config.paidBroadcast());
    TelegramMessenger replies = new TelegramMessenger(client);
    return new Front(
        pushes, new ReplyMessenger(replies, limiter, System::nanoTime), replies, client, url);
  }

  private static Dispatcher sendDispatcher() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(1024);
    dispatcher.setMaxRequestsPerHost(1024);
    return dispatcher;
  }

  /** Whether the database takes a write (a write transaction that changes nothing). */
  private static boolean writable(Database db) {
    try {
      return db.transaction(c -> true);
    } catch (RuntimeException e) {
      log.warn("The database cannot be written: {}", e.toString());
      return false;
    }
  }

  /** Without Telegram there are no channels. */
  private static final Channels NO_CHANNELS =
      new Channels() {
        @Override
        public Optional<ChatId> resolve(String reference) {
          return Optional.empty();
        }

        @Override
        public boolean botIsAdmin(ChatId channel) {
          return false;
        }

        @Override
        public boolean isAdmin(ChatId channel, long user) {
          return false;
        }
      };

  /** Between tries to set up the config's channels while Telegram cannot be reached. */
  private static final Backoff CHANNEL_RETRY =
      new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), 0.2);

  /**
   * The channels of the config file; one the bot cannot post to is reported, and left alone. While
   * Telegram cannot be asked (down at start), the rest are tried again in the background, waiting
   * longer each time, until Telegram answers for each.
   */
  private static void setUpChannels(
      List<ChannelConfig> channels,
      ChannelSetup setup,
      ScheduledExecutorService retries,
      int attempt) {
    List<ChannelConfig> again = new ArrayList<>();
    String why = "";
    for (ChannelConfig c : channels) {
      ChannelSetup.Outcome outcome = setup.setUp(c.chat(), c.sources(), c.summary());
      if (outcome instanceof ChannelSetup.Outcome.Ready ready) {
        log.info("Channel {} ({}) gets {}", c.chat(), ready.channel(), c.sources());
      } else if (outcome instanceof ChannelSetup.Outcome.BotNotAdmin) {
        log.warn(
            "Channel {}: the bot is not one of its administrators, so it cannot post there; add it"
                + " as an administrator allowed to post messages",
            c.chat());
      } else if (outcome instanceof ChannelSetup.Outcome.Unreachable unreachable) {
        again.add(c);
        why = unreachable.why();
      } else {
        log.warn(
            "Channel {}: Telegram knows no such chat (or the bot is not in it); check the name",
            c.chat());
      }
    }
    if (!again.isEmpty()) {
      Duration wait = CHANNEL_RETRY.after(attempt, ThreadLocalRandom.current());
      log.warn(
          "Channels {}: {}; trying again in {} s",
          again.stream().map(ChannelConfig::chat).toList(),
          why,
          wait.toSeconds());
      try {
        retries.schedule(
            () -> setUpChannels(again, setup, retries, attempt + 1),
            wait.toMillis(),
            TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException e) {
        // stopping: the next start sets them up
      }
    }
  }

  /** The console is one chat, subscribed from the start to the default sources. */
  private static void subscribeConsole(
      SqlSubscriberStore subscribers, SqlSubscriptionStore subscriptions, List<SourceId> defaults) {
    if (!subscribers.isActive(ChatId.CONSOLE)) {
      subscribers.subscribe(ChatId.CONSOLE);
      defaults.forEach(id -> subscriptions.follow(ChatId.CONSOLE, id));
      subscriptions.markChosen(ChatId.CONSOLE);
    }
  }

  /**
   * Links that chat users hand in: checked by the user URL policy on every hop, at most {@value
   * #USER_FETCHES_PER_MINUTE} a minute per chat and {@value #USER_FETCHES_AT_ONCE} at once.
   */
  private UserLinks userLinks(HttpFetcher fetcher, UserUrlPolicy policy, Clock clock) {
    // Unbounded in name only: the limits admit at most USER_FETCHES_AT_ONCE tasks at a time.
    ExecutorService executor = Executors.newCachedThreadPool(r -> daemon(r, "user-fetch"));
    running.push(executor::shutdownNow);
    return new UserLinks(
        fetcher,
        policy,
        new UserFetchLimits(USER_FETCHES_PER_MINUTE, USER_FETCHES_AT_ONCE, clock),
        executor);
  }

  private void startConsole(
      InputStream in, PrintStream out, ChatCommands commands, Messenger replies) {
    ConsoleChat console = new ConsoleChat(in, commands, replies);
    running.push(console);
    out.println(
        "NewsBot is running in console mode: TELEGRAM_BOT_TOKEN is not set.\n"
            + "You are subscribed: /latest shows the newest articles, /sources what you follow,"
            + " /help all commands.\n"
            + "New articles are printed here as they arrive. Stop with Ctrl-C.\n");
    out.flush();
    console.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static void shutdown(OkHttpClient http) throws InterruptedException {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    http.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
  }

  /** Blocks until {@link #close()} has run. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /** Stops polling, lets sends in flight finish, stops the scheduler; safe to call twice. */
  @Override
  public void close() {
    synchronized (running) {
      while (!running.isEmpty()) {
        AutoCloseable next = running.pop();
        try {
          next.close();
        } catch (Exception e) {
          log.warn("Error while stopping {}", next, e);
        }
      }
    }
    stopped.countDown();
  }
}
