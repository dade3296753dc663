package dev.newsbot.telegram;

import dev.newsbot.cluster.PollingLease;
import dev.newsbot.cluster.UpdateOffset;
import dev.newsbot.command.BotCommand;
import dev.newsbot.command.ChatCommands;
import dev.newsbot.delivery.ChatActions;
import dev.newsbot.delivery.ChatQueues;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.ReadHere;
import dev.newsbot.delivery.ReadableArticle;
import dev.newsbot.messages.Texts;
import dev.newsbot.retry.Backoff;
import dev.newsbot.subscription.SubscriberStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The bot's Telegram side: checks the token, registers the command menu, and long-polls for updates
 * while it holds the {@link PollingLease} (Telegram lets one instance poll a token; the others wait
 * and take over when it dies). If Telegram cannot be reached at start-up it keeps trying in the
 * background.
 */
public final class TelegramBot implements AutoCloseable {
  /**
   * What answers updates.
   *
   * @param replies sends replies within the rate limits
   * @param queues keeps each chat's replies in order without holding up other chats
   */
  public record Handlers(
      ChatCommands commands,
      SubscriberStore subscribers,
      Messenger replies,
      ChatActions callbacks,
      ReadHere readHere,
      java.util.function.Function<String, ReadableArticle> renderers,
      ChatQueues queues) {}

  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  /** Between tries to reach Telegram at start-up: 5 s, doubled up to a minute, 20% jitter. */
  private static final Backoff RECONNECT =
      new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), 0.2);

  /** How often an instance asks for the polling lease, or checks it still holds it. */
  private static final Duration LEASE_CHECK = Duration.ofSeconds(3);

  private static final List<String> UPDATE_TYPES =
      List.of("message", "callback_query", "my_chat_member");

  private final String token;
  private final TelegramUrl url;
  private final TelegramClient client;
  private final OkHttpClient pollingHttp;
  private final UpdateRouter router;
  private final ChatCommands commands;
  private final ScheduledExecutorService pollingExecutor;
  private final PollingLease lease;
  private final UpdateOffset offset;
  private final ScheduledExecutorService leaseChecks;
  private volatile TelegramBotsLongPollingApplication polling;
  private volatile boolean connected;
  private volatile boolean closed;

  /**
   * @param pollingHttp the client for getUpdates; its read timeout must exceed the long-poll
   *     timeout
   * @param updateExecutor where updates are handled, off the polling thread
   * @param lease long polling runs only while this instance holds it
   * @param offset where the updates taken are recorded; polling starts after the newest
   */
  public TelegramBot(
      String token,
      TelegramUrl url,
      TelegramClient client,
      OkHttpClient pollingHttp,
      Handlers handlers,
      ExecutorService updateExecutor,
      PollingLease lease,
      UpdateOffset offset) {
    this.token = token;
    this.url = url;
    this.client = client;
    this.pollingHttp = pollingHttp;
    this.commands = handlers.commands();
    this.router = new UpdateRouter(handlers, updateExecutor, offset);
    this.offset = offset;
    this.pollingExecutor = daemonThread("telegram-polling");
    this.lease = lease;
    this.leaseChecks = daemonThread("polling-lease");
  }

  private static ScheduledExecutorService daemonThread(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * Connects: getMe, setMyCommands, then long polling once this instance holds the lease.
   *
   * @throws TokenRejectedException when Telegram says the token is wrong
   */
  public void start() throws TokenRejectedException {
    try {
      connect();
    } catch (TelegramApiRequestException e) {
      if (isTokenRejected(e)) {
        throw new TokenRejectedException(
            "Telegram rejected TELEGRAM_BOT_TOKEN ("
                + e.getErrorCode()
                + " "
                + e.getApiResponse()
                + "); check the token BotFather gave you");
      }
      retryInBackground(e);
    } catch (TelegramApiException e) {
      retryInBackground(e);
    }
  }

  private static boolean isTokenRejected(TelegramApiRequestException e) {
    Integer code = e.getErrorCode();
    return code != null && (code == 401 || code == 404);
  }

  private void connect() throws TelegramApiException {
    User me = client.execute(new GetMe());
    router.botUsername(me.getUserName());
    for (String language : Texts.languages()) {
      List<org.telegram.telegrambots.meta.api.objects.commands.BotCommand> menu =
          commands.menu(language).stream().map(TelegramBot::toTelegram).toList();
      client.execute(
          SetMyCommands.builder()
              .commands(menu)
              .languageCode(language.equals("en") ? null : language) // English for everyone else
              .build());
    }
    connected = true;
    log.info("Connected to Telegram as @{}", me.getUserName());
    leaseChecks.scheduleWithFixedDelay(
        this::followLease, 0, LEASE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls while the lease is held, stops when it is lost; every {@link #LEASE_CHECK}. */
  private synchronized void followLease() {
    if (closed) {
      return;
    }
    try {
      boolean held = lease.tryAcquire();
      if (held && polling == null) {
        startPolling();
      } else if (!held && polling != null) {
        log.warn("Lost the polling lease; another instance may poll now, so this one stops");
        stopPolling();
      }
    } catch (TelegramApiException | RuntimeException e) {
      log.warn("Cannot start long polling ({}); trying again in {} s", e, LEASE_CHECK.toSeconds());
    }
  }

  private void startPolling() throws TelegramApiException {
    Supplier<OkHttpClient> http = () -> pollingHttp;
    TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(
            com.fasterxml.jackson.databind.ObjectMapper::new, http, () -> pollingExecutor);
    // An update the last poller handled but did not confirm (it died first) is not taken again.
    int taken = (int) offset.last();
    DefaultGetUpdatesGenerator updates = new DefaultGetUpdatesGenerator(UPDATE_TYPES);
    app.registerBot(token, () -> url, last -> updates.apply(Math.max(last, taken)), router);
    polling = app;
    log.info("Holding the polling lease; listening for commands");
  }

  private void stopPolling() {
    TelegramBotsLongPollingApplication app = polling;
    polling = null;
    try {
      app.close(); // interrupts the getUpdates in flight: its updates are not confirmed
    } catch (Exception e) {
      log.warn("Error while stopping long polling", e);
    }
  }

  private static org.telegram.telegrambots.meta.api.objects.commands.BotCommand toTelegram(
      BotCommand c) {
    return new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(
        c.name(), c.description());
  }

  private void retryInBackground(TelegramApiException first) {
    log.warn("Cannot reach Telegram yet ({}); will keep trying", first.getMessage());
    Thread retry =
        new Thread(
            () -> {
              int failures = 1;
              while (!closed && !connected) {
                Duration wait = RECONNECT.after(failures, ThreadLocalRandom.current());
                try {
                  TimeUnit.MILLISECONDS.sleep(wait.toMillis());
                  if (!closed) {
                    connect();
                  }
                } catch (InterruptedException e) {
                  return; // shutting down
                } catch (TelegramApiException e) {
                  failures++;
                  log.warn("Still cannot reach Telegram ({}); trying again", e.getMessage());
                }
              }
            },
            "telegram-connect");
    retry.setDaemon(true);
    retry.start();
  }

  /** Stops polling, gives the lease up, and lets the updates being handled finish. */
  @Override
  public void close() {
    TelegramBotsLongPollingApplication app;
    synchronized (this) { // after a lease check under way
      closed = true;
      app = polling;
    }
    leaseChecks.shutdownNow();
    if (app != null) {
      try {
        app.close();
      } catch (Exception e) {
        log.warn("Error while stopping long polling", e);
      }
    } else {
      router.close();
    }
    // A getUpdates in flight is left to end on its own, on a daemon thread: cancelling or
    // interrupting it makes the
    // library log an error, and the updates it may still receive are not confirmed, so Telegram
    // delivers them again to the next session.
    pollingExecutor.shutdown();
    lease.close();
  }
}
