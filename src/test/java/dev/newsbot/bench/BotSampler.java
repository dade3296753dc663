package dev.newsbot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the bot process from outside: its heap from its own /metrics (the heap pools' {@code
 * jvm_memory_used_bytes} summed, every {@value #EVERY_MILLIS} ms), its queue depth from there too,
 * and its CPU time from /proc/&lt;pid&gt;/stat. The pid may change (a restart after SIGKILL).
 */
final class BotSampler implements AutoCloseable {
  static final long CLOCK_TICKS = 100; // USER_HZ on Linux
  private static final long EVERY_MILLIS = 150;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final URI metrics;
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong samples = new AtomicLong();
  private volatile long queueDepth = -1;
  private final Thread thread;

  BotSampler(int port) {
    this.metrics = URI.create("http://127.0.0.1:" + port + "/metrics");
    thread = new Thread(this::run, "bot-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        sample();
        Thread.sleep(EVERY_MILLIS);
      } catch (InterruptedException e) {
        return;
      } catch (IOException e) {
        // the bot is starting, or was just killed: the next sample will tell
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      Thread.sleep(EVERY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void sample() throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      return;
    }
    double heap = 0;
    for (String line : answer.body().split("\n")) {
      if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
        heap += value(line);
      } else if (line.startsWith("newsbot_deliveries_queue_depth")) {
        queueDepth = (long) value(line);
      }
    }
    peakHeap.accumulateAndGet((long) heap, Math::max);
    samples.incrementAndGet();
  }

  private static double value(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** The largest heap in use the bot reported, in bytes. */
  long peakHeap() {
    return peakHeap.get();
  }

  long samples() {
    return samples.get();
  }

  /** Deliveries pending in the bot's outbox at the last sample; -1 before the first. */
  long queueDepth() {
    return queueDepth;
  }

  /** Forgets the last queue depth (the bot was restarted). */
  void forgetQueue() {
    queueDepth = -1;
  }

  /** User plus system CPU time of process {@code pid} so far, in clock ticks. */
  static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
