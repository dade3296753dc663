package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user runs it: a separate process, stopped with SIGTERM. */
class JarIT {
  private static final Path JAR = Path.of("target/newsbot.jar").toAbsolutePath();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path dir;
  private FakeSite site;
  private MothershipFeed feed;
  private Process process;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  @BeforeEach
  void setUp() throws IOException {
    site = FakeSite.start();
    feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
    site.put("/feed/", "application/rss+xml", feed.xml());
    Files.writeString(
        dir.resolve("newsbot.yml"),
        "poll_seconds: 1\nsources:\n  - id: mothership\n    name: Mothership\n    feed: "
            + site.url("/feed/") + "\n    time_zone: Asia/Singapore\n");
  }

  @AfterEach
  void tearDown() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
    site.close();
  }

  private void start(String token, String apiUrl) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb = new ProcessBuilder(java, "-jar", JAR.toString()).directory(dir.toFile());
    pb.environment().remove("TELEGRAM_BOT_TOKEN");
    pb.environment().put("NEWSBOT_CONFIG", "newsbot.yml");
    pb.environment().put("NEWSBOT_DB", "data/bot.db");
    if (token != null) {
      pb.environment().put("TELEGRAM_BOT_TOKEN", token);
      pb.environment().put("TELEGRAM_API_URL", apiUrl);
    }
    process = pb.start();
    pump(process.getInputStream(), stdout);
    pump(process.getErrorStream(), stderr);
  }

  private static void pump(InputStream in, ByteArrayOutputStream sink) {
    Thread t = new Thread(() -> {
      byte[] buf = new byte[8192];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (sink) {
            sink.write(buf, 0, n);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
    });
    t.setDaemon(true);
    t.start();
  }

  private static String text(ByteArrayOutputStream sink) {
    synchronized (sink) {
      return sink.toString(StandardCharsets.UTF_8);
    }
  }

  private void awaitOutput(Predicate<String> match) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!match.test(text(stdout))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("stdout never matched; stdout:\n" + text(stdout) + "\nstderr:\n" + text(stderr));
      }
      Thread.sleep(50);
    }
  }

  private void type(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /** SIGTERM, then the exit status within 20 s. */
  private int stop() throws InterruptedException {
    long start = System.nanoTime();
    process.destroy();
    assertTrue(process.waitFor(20, TimeUnit.SECONDS), "did not exit within 20 s of SIGTERM");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(WAIT) < 0, "took " + took);
    return process.exitValue();
  }

  @Test
  void consoleModeWithoutATokenTakesCommandsAndPrintsPushes() throws Exception {
    start(null, null);
    awaitOutput(out -> out.contains("console mode"));
    type("/start");
    awaitOutput(out -> out.contains("Welcome to NewsBot"));
    while (site.count("/feed/") < 2) {
      Thread.sleep(50);
    }
    type("/latest");
    awaitOutput(out -> out.contains("Tampines hawker centre adds late-night stalls"));

    site.put("/feed/", "application/rss+xml", feed.add(Stories.FERRY).xml());
    awaitOutput(out -> out.contains("Punggol ferry trial carries 3,000 riders & their bicycles in first week <"
        + feed.link(Stories.FERRY) + ">"));
    assertFalse(text(stdout).contains("Follow us on Telegram"), text(stdout));

    assertEquals(0, stop(), "a clean stop exits 0");
  }

  @Test
  void telegramModeAnswersAndStopsCleanlyWithoutLoggingTheToken() throws Exception {
    try (FakeTelegram telegram = FakeTelegram.start()) {
      start(FakeTelegram.TOKEN, telegram.url().toString());
      telegram.awaitCall("getUpdates", WAIT);
      telegram.userSends(7, "/start");
      telegram.awaitSent(7, t -> t.contains("Welcome"), WAIT);
      telegram.userSends(7, "/latest x");
      telegram.awaitSent(7, t -> t.contains("'x' is not a number from 1 to 20"), WAIT);

      assertEquals(0, stop(), "a clean stop exits 0");
      List.of(text(stdout), text(stderr)).forEach(out ->
          assertFalse(out.contains(FakeTelegram.TOKEN.substring(5)), "the token leaked:\n" + out));
    }
  }
}
