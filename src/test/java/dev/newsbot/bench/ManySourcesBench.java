package dev.newsbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the packaged bot with many feed sources against a local feed server that answers 304 to
 * conditional requests, and measures the bot process's CPU and resident memory over one poll cycle
 * once the first has finished. Each feed has its own loopback address (127.x.y.z), as real feeds
 * have their own hosts.
 *
 * <pre>
 * ./mvnw -q -B package -DskipTests
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsbot.bench.ManySourcesBench \
 *   -Dexec.args="10000 600 -Xmx128m -XX:+UseSerialGC"
 * </pre>
 *
 * Arguments: feeds, poll seconds, then JVM options for the bot.
 */
public final class ManySourcesBench {
  private static final long CLOCK_TICKS = 100; // USER_HZ on Linux

  private ManySourcesBench() {}

  public static void main(String[] args) throws Exception {
    int feeds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int pollSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    List<String> jvmOptions = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();

    AtomicLong feedRequests = new AtomicLong();
    AtomicLong notModified = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 1024);
    server.createContext("/", exchange -> answer(exchange, feedRequests, notModified));
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
    int port = server.getAddress().getPort();

    Path dir = Files.createTempDirectory("many-sources");
    StringBuilder config =
        new StringBuilder(
            "poll_seconds: " + pollSeconds + "\nfetch:\n  host_delay_seconds: 1\nsources:\n");
    for (int i = 0; i < feeds; i++) {
      config
          .append("  - id: s")
          .append(i)
          .append("\n    feed: http://")
          .append(host(i))
          .append(':')
          .append(port)
          .append("/feed/")
          .append(i)
          .append('\n');
    }
    Files.writeString(dir.resolve("newsbot.yml"), config);

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", Path.of("target/newsbot.jar").toAbsolutePath().toString()));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(dir.resolve("stderr.txt").toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("NEWSBOT_"));
    pb.environment().put("NEWSBOT_CONFIG", "newsbot.yml");
    pb.environment().put("NEWSBOT_DB", "bot.db");
    Process bot = pb.start();
    long pid = bot.pid();
    System.out.printf(
        "bot pid %d, %d feeds every %d s, JVM options %s, logs in %s%n",
        pid, feeds, pollSeconds, jvmOptions, dir);

    long started = System.nanoTime();
    while (feedRequests.get() < feeds) {
      Thread.sleep(1000);
      if (!bot.isAlive()) {
        throw new IllegalStateException("the bot exited; see " + dir.resolve("stderr.txt"));
      }
    }
    System.out.printf(
        "first cycle: %d feeds fetched in %.0f s; RSS %d MB%n",
        feeds, (System.nanoTime() - started) / 1e9, rssKb(pid) / 1024);
    Thread.sleep(
        Duration.ofSeconds(Math.min(pollSeconds, 60))
            .toMillis()); // let the first cycle's stragglers end

    long cpuBefore = cpuTicks(pid);
    long requestsBefore = feedRequests.get();
    long notModifiedBefore = notModified.get();
    long maxRss = 0;
    long measureStart = System.nanoTime();
    while (System.nanoTime() - measureStart < Duration.ofSeconds(pollSeconds).toNanos()) {
      Thread.sleep(1000);
      maxRss = Math.max(maxRss, rssKb(pid));
    }
    double wall = (System.nanoTime() - measureStart) / 1e9;
    double cpu = (cpuTicks(pid) - cpuBefore) / (double) CLOCK_TICKS;
    long polls = feedRequests.get() - requestsBefore;
    System.out.printf(
        "steady cycle: %.0f s wall, %d polls (%d answered 304)%n",
        wall, polls, notModified.get() - notModifiedBefore);
    System.out.printf("CPU: %.1f s = %.2f%% of one core%n", cpu, 100 * cpu / wall);
    System.out.printf(
        "RSS: max %d MB during the cycle, %d MB at its end%n", maxRss / 1024, rssKb(pid) / 1024);
    bot.destroy();
    bot.waitFor();
    server.stop(0);
    System.exit(0);
  }

  private static String host(int i) {
    return "127." + (1 + i / 62_500) + "." + (i / 250 % 250) + "." + (i % 250 + 1);
  }

  private static void answer(HttpExchange exchange, AtomicLong requests, AtomicLong notModified)
      throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!path.startsWith("/feed/")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      requests.incrementAndGet();
      String etag = "\"" + path.hashCode() + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      String id = path.substring("/feed/".length());
      String host = exchange.getRequestHeaders().getFirst("Host");
      StringBuilder xml =
          new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ")
              .append(id)
              .append("</title>");
      for (int n = 0; n < 10; n++) {
        xml.append("<item><title>Story ")
            .append(n)
            .append(" of feed ")
            .append(id)
            .append("</title><link>http://")
            .append(host)
            .append("/story/")
            .append(id)
            .append('-')
            .append(n)
            .append("/</link><description>")
            .append("A sentence about a thing that happened. ".repeat(20))
            .append("</description><pubDate>Fri, 27 Nov 2026 10:00:00 +0000</pubDate></item>");
      }
      byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static long cpuTicks(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return 0;
  }
}
