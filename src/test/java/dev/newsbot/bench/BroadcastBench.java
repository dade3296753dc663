package dev.newsbot.bench;

import dev.newsbot.delivery.DeliveryMetrics;
import dev.newsbot.delivery.DeliverySender;
import dev.newsbot.delivery.Formatters;
import dev.newsbot.delivery.Outcomes;
import dev.newsbot.delivery.PushAttempt;
import dev.newsbot.delivery.SendLimiter;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Recipient;
import dev.newsbot.telegram.TelegramMessengerFactory;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.TestDb;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Broadcasts one article to many subscribers through the real sender, against the fake Bot API
 * enforcing Telegram's limits, and reports the achieved rate, 429s, losses, duplicates and heap.
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-Xmx128m -cp %classpath dev.newsbot.bench.BroadcastBench 10000 25 30"
 * </pre>
 *
 * Arguments: subscribers, our send rate, the fake server's bot-wide limit (per chat: 1 a second),
 * and optionally the fake's answer latency in ms (default 30).
 */
public final class BroadcastBench {
  private BroadcastBench() {}

  public static void main(String[] args) throws Exception {
    int subscribers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    int serverLimit = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    int latencyMs = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    Path dir = Files.createTempDirectory("broadcast-bench");
    TestDb store = new TestDb(dir);
    List<ChatId> recipients = new java.util.ArrayList<>();
    for (int i = 1; i <= subscribers; i++) {
      store.subscribers.subscribe(new ChatId(i));
      recipients.add(new ChatId(i));
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    try (FakeTelegram telegram = FakeTelegram.start()) {
      telegram.enforceLimits(serverLimit, 1);
      telegram.latency(Duration.ofMillis(latencyMs));
      DeliveryMetrics metrics =
          new DeliveryMetrics(new SimpleMeterRegistry(), store.outbox, Clock.systemUTC());
      SendLimiter limiter = new SendLimiter(rate, rate > 30, System::nanoTime);
      DeliverySender sender =
          new DeliverySender(
              store.outbox,
              new PushAttempt(
                  TelegramMessengerFactory.forFake(telegram),
                  new Formatters(ZoneOffset.UTC, dev.newsbot.messages.Texts::forLanguage),
                  () -> "newsbot_test_bot",
                  source -> false),
              new Outcomes(
                  store.outbox,
                  store.subscribers,
                  limiter,
                  metrics,
                  Clock.systemUTC(),
                  java.util.random.RandomGenerator.getDefault()),
              limiter,
              Clock.systemUTC(),
              System::nanoTime,
              Executors.newCachedThreadPool());
      sender.start();
      AtomicLong peakHeap = new AtomicLong();
      Thread sampler =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  try {
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      sampler.setDaemon(true);
      sampler.start();

      long start = System.nanoTime();
      store.articles.add(
          new NewArticle(
              new SourceId("bench"),
              "Bench",
              URI.create("https://news.example.sg/b"),
              "news.example.sg/b",
              null,
              "Benchmark story & more",
              "Writer",
              Instant.now(),
              "",
              null,
              "Body.",
              "A short summary of the benchmark story."),
          Recipient.now(recipients));
      sender.wake();
      while (telegram.sent().size() < subscribers
          && System.nanoTime() - start < Duration.ofHours(1).toNanos()) {
        Thread.sleep(200);
      }
      Thread.sleep(3000); // anything sent twice arrives now
      sender.close();
      sampler.interrupt();

      List<FakeTelegram.Sent> sent = telegram.sent();
      Map<Long, Integer> perChat = new HashMap<>();
      sent.forEach(s -> perChat.merge(s.chatId(), 1, Integer::sum));
      long lost = subscribers - perChat.size();
      long duplicates = perChat.values().stream().filter(n -> n > 1).mapToLong(n -> n - 1).sum();
      double seconds = (telegram.lastSendNanos() - telegram.firstSendNanos()) / 1e9;
      double achieved = (sent.size() - 1) / seconds;
      System.out.printf("subscribers            %d%n", subscribers);
      System.out.printf(
          "send rate (ours)       %d/s; fake server limit %d/s bot-wide, 1/s per chat, %d ms latency%n",
          rate, serverLimit, latencyMs);
      System.out.printf("duration               %.1f s (first to last send)%n", seconds);
      System.out.printf(
          "achieved               %.2f msg/s = %.3f of our limit, %.3f of the server's%n",
          achieved, achieved / rate, achieved / serverLimit);
      System.out.printf(
          "429s                   %d (%.3f%% of sends)%n",
          telegram.rateLimited(), 100.0 * telegram.rateLimited() / Math.max(1, sent.size()));
      System.out.printf("lost                   %d%n", lost);
      System.out.printf("duplicates             %d%n", duplicates);
      System.out.printf(
          "peak heap used         %.1f MB (max heap %.0f MB; includes the fake server)%n",
          peakHeap.get() / 1e6, memory.getHeapMemoryUsage().getMax() / 1e6);
    }
  }
}
