package dev.newsbot.bench;

import dev.newsbot.config.FetchConfig;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.news.Source;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.PollResult;
import dev.newsbot.source.SourcePoller;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.HostileFixtures;
import dev.newsbot.testing.HostileFixtures.Fixture;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestDb;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * Polls each hostile source of {@link HostileFixtures} once, as the bot would (its default body
 * cap, no host delay), between two polls of a good feed, and prints what each poll cost: wall time,
 * bytes allocated by the polling thread, the heap in use after a collection just before the poll,
 * and the heap's peak during the poll (the sum of the heap pools' peaks, an upper bound).
 *
 * <pre>
 * ./mvnw -q -B -o test-compile exec:java -Dexec.mainClass=dev.newsbot.bench.HostileBench
 * </pre>
 *
 * An argument sets the body cap in bytes instead of the default.
 */
public final class HostileBench {
  private static final ZoneId ZONE = ZoneId.of("Asia/Singapore");

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final List<MemoryPoolMXBean> heap =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final SourcePoller poller;

  private HostileBench(SourcePoller poller) {
    this.poller = poller;
  }

  public static void main(String[] args) throws Exception {
    long cap = args.length > 0 ? Long.parseLong(args[0]) : FetchConfig.DEFAULT.maxBodyBytes();
    Path dir = Files.createTempDirectory("hostile-bench");
    try (FakeSite site = FakeSite.start()) {
      MothershipFeed good = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      site.put("/feed/", "application/rss+xml; charset=UTF-8", good.xml());
      Source goodSource = Source.feed("good", "Good", site.url("/feed/"), ZONE);
      Path secret = dir.resolve("secret.txt");
      Files.writeString(secret, "s3cret-0f-the-h0st-4242");
      List<Fixture> hostile = new HostileFixtures(site).all(secret);

      TestDb store = new TestDb(dir);
      OkHttpClient http = new OkHttpClient();
      HostileBench bench =
          new HostileBench(
              new SourcePoller(
                  new HttpFetcher(http, cap, Duration.ZERO),
                  new FeedReader(),
                  new ExtractiveSummarizer(),
                  store.articles,
                  store.states,
                  store.seen,
                  new dev.newsbot.subscription.Audience(
                      new dev.newsbot.store.SqlSubscriptionStore(store.db, Clock.systemUTC()),
                      new dev.newsbot.store.SqlFilterStore(store.db, Clock.systemUTC()),
                      new dev.newsbot.store.SqlSettingsStore(store.db, Clock.systemUTC()),
                      java.time.ZoneOffset.UTC),
                  r -> {},
                  Clock.systemUTC(),
                  Duration.ofMinutes(5),
                  dev.newsbot.fetch.FetchPolicy.TRUSTED));

      System.out.printf(
          Locale.ROOT,
          "Body cap %d bytes, max heap %d MB, %s%n%n",
          cap,
          Runtime.getRuntime().maxMemory() >> 20,
          System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
      System.out.println(
          "| fixture | outcome | new | wall ms | allocated MB | heap before MB | peak heap MB"
              + " | error |");
      System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
      bench.row("good feed, first poll (cold JVM)", goodSource);
      for (Fixture fixture : hostile) {
        bench.row(fixture.description(), fixture.source(ZONE));
      }
      site.put("/feed/", "application/rss+xml; charset=UTF-8", good.add(Stories.FERRY).xml());
      bench.row("good feed after them, one new story", goodSource);
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private void row(String name, Source source) {
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    long thread = Thread.currentThread().getId();
    long allocated = threads.getThreadAllocatedBytes(thread);
    long start = System.nanoTime();
    PollResult result = poller.poll(source);
    long nanos = System.nanoTime() - start;
    allocated = threads.getThreadAllocatedBytes(thread) - allocated;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String error = result.error() == null ? "" : result.error().replace('|', '/');
    System.out.printf(
        Locale.ROOT,
        "| %s | %s | %d | %.0f | %.1f | %.1f | %.1f | %s |%n",
        name,
        result.outcome(),
        result.newArticles(),
        nanos / 1e6,
        allocated / 1048576.0,
        before / 1048576.0,
        peak / 1048576.0,
        error.length() > 90 ? error.substring(0, 90) + "…" : error);
  }
}
