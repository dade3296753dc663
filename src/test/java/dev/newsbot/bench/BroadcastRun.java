package dev.newsbot.bench;

import dev.newsbot.news.SourceId;
import dev.newsbot.testing.ArticlePage;
import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One broadcast against the packaged bot in a process of its own: a temporary directory with its
 * {@code newsbot.yml} and a database of subscribed chats, a fake site whose feed gets one new
 * article, the fake Bot API, the bot process (restartable on the same directory) and its sampler.
 */
final class BroadcastRun implements AutoCloseable {
  static final String SOURCE = "ms";

  /** How the /latest replies start; every other message the bot sends in a run is the push. */
  static final String LATEST_REPLY = "<b>Latest";

  /** What a run is: the bot's configuration and the fake server's. */
  record Settings(
      int subscribers,
      int rate,
      boolean paid,
      int fakeLimit,
      Duration rtt,
      Duration jitter,
      List<String> jvm) {
    Settings {
      jvm = List.copyOf(jvm);
    }
  }

  final Settings settings;
  final Path dir;
  final FakeSite site;
  final FakeTelegram telegram;
  private final MothershipFeed feed;
  private final int port;
  private final List<BotProcess> processes = new ArrayList<>();
  private BotSampler sampler;

  private BroadcastRun(Settings settings, long extraChats) throws IOException {
    this.settings = settings;
    dir = Files.createTempDirectory("broadcast-bench");
    Files.createDirectories( // the bot's own, as it wants its data directory
        dir.resolve("data"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    TestDb db = TestDb.at(dir.resolve("data/bot.db"));
    db.followInBulk(1, settings.subscribers() + extraChats, SOURCE);
    int following = db.subscriptions.followers(new SourceId(SOURCE)).size();
    db.db.close();
    if (following != settings.subscribers() + extraChats) {
      throw new IllegalStateException(following + " chats follow the source, not " + extraChats);
    }
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER).publish(site);
    for (MothershipFeed.Item item : List.of(Stories.HAWKER, Stories.FERRY)) {
      site.put( // the article pages the bot reads for its summary, as on the real site
          URI.create(feed.link(item)).getPath(),
          "text/html; charset=utf-8",
          ArticlePage.article(
              item.title(), item.author(), item.pubDate() + "+08:00", item.paragraphs()));
    }
    telegram = FakeTelegram.start();
    telegram.lean();
    telegram.enforceLimits(settings.fakeLimit(), 1);
    telegram.latency(settings.rtt(), settings.jitter());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "poll_seconds: 10\nsend_rate_per_second: "
            + settings.rate()
            + "\npaid_broadcast: "
            + settings.paid()
            + "\ntime_zone: Asia/Singapore\nsources:\n  - id: "
            + SOURCE
            + "\n    name: Mothership\n    feed: "
            + site.url("/feed/")
            + "\n    photos: false\n");
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
  }

  /** Prepares a run for {@code settings}, with {@code extraChats} more subscribed chats. */
  static BroadcastRun prepare(Settings settings, long extraChats) throws IOException {
    return new BroadcastRun(settings, extraChats);
  }

  /** Starts the bot (again, after a kill) on this run's directory. */
  BotProcess startBot() throws IOException {
    BotProcess bot =
        BotProcess.startOnTelegram(
            dir, telegram, Map.of("NEWSBOT_HTTP_PORT", String.valueOf(port)), settings.jvm());
    processes.add(bot);
    if (sampler == null) {
      sampler = new BotSampler(port);
    }
    sampler.forgetQueue();
    return bot;
  }

  BotProcess bot() {
    return processes.get(processes.size() - 1);
  }

  BotSampler sampler() {
    return sampler;
  }

  /** Waits for the bot's first poll (which records the feed as it is without pushing it). */
  void awaitFirstPoll(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (site.count("/feed/") == 0) {
      if (System.nanoTime() > deadline || !bot().isAlive()) {
        throw new IllegalStateException("the bot never polled the feed; its log:\n" + log(bot()));
      }
      Thread.sleep(50);
    }
    Thread.sleep(1500); // the poll stores what it read
  }

  /**
   * Puts the new article in the feed; the bot's next poll (within 10 s) queues it for every chat.
   */
  void publish() {
    feed.add(Stories.FERRY).publish(site);
  }

  /**
   * Chat id to how many pushes of the article it got: the chats have no /start to answer and the
   * first poll pushes nothing, so every message but a /latest reply is the push.
   */
  Map<Long, Integer> pushes() {
    Map<Long, Integer> perChat = new LinkedHashMap<>();
    for (FakeTelegram.Sent s : telegram.sent()) {
      if (s.text() == null || !s.text().startsWith(LATEST_REPLY)) {
        perChat.merge(s.chatId(), 1, Integer::sum);
      }
    }
    return perChat;
  }

  private static final Pattern LOG_LINE =
      Pattern.compile("^\\S+ \\S+ (WARN|ERROR)\\s+\\[[^]]*] (.*)$", Pattern.MULTILINE);

  /**
   * The warnings and errors each bot process logged, counted by their text with numbers masked, the
   * most frequent first; the full logs are written beside the run's data.
   */
  List<String> oddities() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < processes.size(); i++) {
      BotProcess p = processes.get(i);
      try {
        Files.writeString(dir.resolve("bot-" + (i + 1) + ".log"), log(p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, Integer> kinds = new LinkedHashMap<>();
      for (Matcher m = LOG_LINE.matcher(log(p)); m.find(); ) {
        kinds.merge(m.group(1) + " " + m.group(2).replaceAll("\\d+", "#"), 1, Integer::sum);
      }
      kinds.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(8)
          .forEach(
              e ->
                  out.add(
                      "process "
                          + (processes.indexOf(p) + 1)
                          + ": "
                          + e.getValue()
                          + " x "
                          + e.getKey()));
    }
    return out;
  }

  private static String log(BotProcess p) {
    return p.stdout() + p.stderr();
  }

  @Override
  public void close() throws InterruptedException {
    if (sampler != null) {
      sampler.close();
    }
    for (BotProcess p : processes) {
      p.close();
    }
    telegram.close();
    site.close();
  }
}
