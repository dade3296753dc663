package dev.newsbot.bench;

import dev.newsbot.testing.FakeTelegram;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checks that the strict fake Bot API keeps up with what BroadcastBench asks of it: CLIENTS threads
 * each sending one message after another, to a new chat each time, for SECONDS, against a bot-wide
 * limit of LIMIT a second and a 100 ms ± 10 ms round trip. With 100 clients it is offered about
 * 1,000 sends a second.
 *
 * <pre>
 * ./mvnw -q -B -o test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-Xmx1g -cp %classpath dev.newsbot.bench.FakeTelegramLoad 100 10 1000"
 * </pre>
 */
public final class FakeTelegramLoad {
  private FakeTelegramLoad() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int limit = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    try (FakeTelegram telegram = FakeTelegram.start()) {
      telegram.lean();
      telegram.enforceLimits(limit, 1);
      telegram.latency(Duration.ofMillis(100), Duration.ofMillis(10));
      URI send = telegram.url().resolve("/bot" + FakeTelegram.TOKEN + "/sendMessage");
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      AtomicLong chats = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Thread t =
            new Thread(
                () -> {
                  while (System.nanoTime() < end) {
                    String body =
                        "{\"chat_id\":\""
                            + chats.incrementAndGet()
                            + "\",\"text\":\"Load test message\"}";
                    try {
                      http.send(
                          HttpRequest.newBuilder(send)
                              .header("Content-Type", "application/json")
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build(),
                          HttpResponse.BodyHandlers.discarding());
                    } catch (Exception e) {
                      failed.incrementAndGet(); // counted and reported: the fake did not answer
                    }
                  }
                });
        t.start();
        threads.add(t);
      }
      for (Thread t : threads) {
        t.join();
      }
      long[] arrivals = telegram.acceptedArrivals();
      double span = (arrivals[arrivals.length - 1] - arrivals[0]) / 1e9;
      System.out.printf(
          "%d clients, %d s: %d sends, %d accepted = %.1f/s, 429s %d, failed %d,"
              + " max in any 1 s %d (limit %d)%n",
          clients,
          seconds,
          chats.get(),
          arrivals.length,
          (arrivals.length - 1) / span,
          telegram.rateLimited(),
          failed.get(),
          telegram.maxAcceptedIn(Duration.ofSeconds(1)),
          limit);
    }
  }
}
