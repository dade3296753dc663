package dev.newsbot;

import dev.newsbot.command.CommandHandler;
import dev.newsbot.command.LinkSummaries;
import dev.newsbot.config.AppConfig;
import dev.newsbot.console.ConsoleChat;
import dev.newsbot.console.ConsoleMessenger;
import dev.newsbot.delivery.DeliveryMetrics;
import dev.newsbot.delivery.DeliverySender;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.ReplyMessenger;
import dev.newsbot.delivery.SendLimiter;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.fetch.UserFetchLimits;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.schedule.PollScheduler;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.SourcePoller;
import dev.newsbot.store.Database;
import dev.newsbot.store.SqlArticleStore;
import dev.newsbot.store.SqlFilterStore;
import dev.newsbot.store.SqlOutbox;
import dev.newsbot.store.SqlSeenLinks;
import dev.newsbot.store.SqlSourceStateStore;
import dev.newsbot.store.SqlSubscriberStore;
import dev.newsbot.store.SqlSubscriptionStore;
import dev.newsbot.subscription.Audience;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.LlmSummarizer;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.telegram.TelegramBot;
import dev.newsbot.telegram.TelegramMessenger;
import dev.newsbot.telegram.TokenRejectedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.quartz.SchedulerException;
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

  /** Sends in flight at once: enough to keep 25 a second going at Telegram's round-trip times. */
  private static final int SEND_WORKERS = 8;

  private static final int USER_FETCHES_PER_MINUTE = 5;
  private static final int USER_FETCHES_AT_ONCE = 4;

  private final MeterRegistry metrics = new SimpleMeterRegistry();

  private App() {}

  /** The bot's numbers, for the operations endpoint. */
  public MeterRegistry metrics() {
    return metrics;
  }

  /**
   * Starts the bot: Telegram when the config has a token, the console otherwise.
   *
   * @throws TokenRejectedException when Telegram refuses the token
   */
  public static App start(AppConfig config, InputStream in, PrintStream out) throws Exception {
    App app = new App();
    try {
      app.startAll(config, in, out);
    } catch (Exception | Error e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** How users reach the bot: Telegram, or the console without a token. */
  private record Front(Messenger pushes, Messenger replies, TelegramBot bot) {}

  private void startAll(AppConfig config, InputStream in, PrintStream out) throws Exception {
    Clock clock = Clock.systemUTC();
    Database db = Database.openSqlite(config.database());
    running.push(db);
    var articles = new SqlArticleStore(db, clock);
    var subscribers = new SqlSubscriberStore(db, clock);
    var subscriptions = new SqlSubscriptionStore(db, clock);
    var audience = new Audience(subscriptions, new SqlFilterStore(db, clock));
    List<SourceId> defaults =
        config.sources().stream().filter(Source::followedByDefault).map(Source::id).toList();
    int adopted = subscriptions.adoptDefaults(defaults);
    if (adopted > 0) {
      log.info(
          "{} chats that subscribed before sources could be chosen follow the defaults", adopted);
    }
    var outbox = new SqlOutbox(db);

    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(20))
            .build();
    running.push(() -> shutdown(http));

    HttpFetcher fetcher =
        new HttpFetcher(http, config.fetch().maxBodyBytes(), config.fetch().hostDelay());
    Summarizer extractive = new ExtractiveSummarizer(config.summary());
    Summarizer summarizer =
        config
            .llm()
            .<Summarizer>map(llm -> new LlmSummarizer(llm, http, extractive))
            .orElse(extractive);
    MessageFormatter formatter = new MessageFormatter(config.displayZone());
    CommandHandler commands =
        new CommandHandler(
            subscribers,
            articles,
            formatter,
            config.sources().stream().map(Source::name).toList(),
            new LinkSummaries(
                userLinks(config, fetcher, clock),
                summarizer,
                formatter,
                config.displayZone(),
                clock));
    SendLimiter limiter = new SendLimiter(config.sendRatePerSecond(), System::nanoTime);
    Front front = front(config, http, commands, subscribers, limiter, out);

    Set<SourceId> photoSources =
        config.sources().stream()
            .filter(Source::photos)
            .map(Source::id)
            .collect(Collectors.toSet());
    DeliverySender sender =
        new DeliverySender(
            outbox,
            front.pushes(),
            formatter,
            subscribers,
            limiter,
            new DeliveryMetrics(metrics, outbox, clock),
            photoSources::contains,
            clock,
            Executors.newFixedThreadPool(SEND_WORKERS, r -> daemon(r, "delivery-worker")),
            SEND_WORKERS,
            config.maxBacklog());
    sender.start();
    running.push(sender);

    startPolling(config, fetcher, summarizer, db, articles, audience, sender, clock);

    if (front.bot() != null) {
      running.push(front.bot());
      front.bot().start();
    } else {
      startConsole(in, out, commands, front.replies());
    }
    log.info(
        "NewsBot started: {} sources, polled every {} s, database {}",
        config.sources().size(),
        config.pollInterval().toSeconds(),
        config.database());
  }

  private static Front front(
      AppConfig config,
      OkHttpClient http,
      CommandHandler commands,
      SqlSubscriberStore subscribers,
      SendLimiter limiter,
      PrintStream out) {
    if (config.telegram().token().isEmpty()) {
      Messenger console = new ConsoleMessenger(out);
      return new Front(console, console, null);
    }
    String token = config.telegram().token().get();
    HttpUrl api = HttpUrl.get(config.telegram().apiUrl());
    TelegramUrl url = new TelegramUrl(api.scheme(), api.host(), api.port(), false);
    var client = new OkHttpTelegramClient(http, token, url);
    Messenger pushes = new TelegramMessenger(client);
    Messenger replies = new ReplyMessenger(pushes, limiter);
    // getUpdates waits up to 50 s for news; its read time-out must outlast that.
    OkHttpClient pollingHttp = http.newBuilder().readTimeout(Duration.ofSeconds(75)).build();
    TelegramBot bot =
        new TelegramBot(
            token,
            url,
            client,
            pollingHttp,
            commands,
            subscribers,
            replies,
            Executors.newSingleThreadExecutor(r -> daemon(r, "telegram-updates")));
    return new Front(pushes, replies, bot);
  }

  /**
   * Links that chat users hand in: checked by the user URL policy on every hop, at most {@value
   * #USER_FETCHES_PER_MINUTE} a minute per chat and {@value #USER_FETCHES_AT_ONCE} at once.
   */
  private UserLinks userLinks(AppConfig config, HttpFetcher fetcher, Clock clock) {
    // Unbounded in name only: the limits admit at most USER_FETCHES_AT_ONCE tasks at a time.
    ExecutorService executor = Executors.newCachedThreadPool(r -> daemon(r, "user-fetch"));
    running.push(executor::shutdownNow);
    return new UserLinks(
        fetcher,
        new UserUrlPolicy(config.userFetchAllow(), Dns.SYSTEM),
        new UserFetchLimits(USER_FETCHES_PER_MINUTE, USER_FETCHES_AT_ONCE, clock),
        executor);
  }

  private void startPolling(
      AppConfig config,
      HttpFetcher fetcher,
      Summarizer summarizer,
      Database db,
      SqlArticleStore articles,
      Audience audience,
      DeliverySender sender,
      Clock clock)
      throws SchedulerException {
    SourcePoller poller =
        new SourcePoller(
            fetcher,
            new FeedReader(),
            summarizer,
            articles,
            new SqlSourceStateStore(db),
            new SqlSeenLinks(db, clock),
            audience,
            sender::wake,
            clock,
            config.pollInterval());
    PollScheduler scheduler =
        new PollScheduler(
            poller, config.sources(), config.pollInterval(), Math.min(4, config.sources().size()));
    scheduler.start();
    running.push(scheduler);
    running.push(fetcher::cancelAll); // runs before the scheduler waits for its jobs
  }

  private void startConsole(
      InputStream in, PrintStream out, CommandHandler commands, Messenger replies) {
    ConsoleChat console = new ConsoleChat(in, commands, replies);
    running.push(console);
    out.println(
        "NewsBot is running in console mode: TELEGRAM_BOT_TOKEN is not set.\n"
            + "Type /start to subscribe, /latest to see the newest articles, /help for all commands.\n"
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
