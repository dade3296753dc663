package dev.newsbot.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The packaged bot, {@code java -jar target/newsbot.jar}, as a separate process. */
public final class BotProcess implements AutoCloseable {
  private static final Path JAR = Path.of("target/newsbot.jar").toAbsolutePath();

  private final Process process;
  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread stdoutPump;
  private final Thread stderrPump;

  private BotProcess(Process process) {
    this.process = process;
    stdoutPump = pump(process.getInputStream(), stdout);
    stderrPump = pump(process.getErrorStream(), stderr);
  }

  /** Starts the jar in {@code dir} with {@code env} added to a clean environment. */
  public static BotProcess start(Path dir, Map<String, String> env) throws IOException {
    return start(dir, env, List.of());
  }

  /** Starts the jar in {@code dir} with {@code env} and the JVM options {@code jvm} (-Xmx128m). */
  public static BotProcess start(Path dir, Map<String, String> env, List<String> jvm)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-jar", JAR.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("TELEGRAM_") || k.startsWith("NEWSBOT_"));
    pb.environment().putAll(env);
    return new BotProcess(pb.start());
  }

  /**
   * Starts the jar in {@code dir} against a fake Bot API, with {@code newsbot.yml} and {@code
   * data/bot.db} there, and {@code more} environment.
   */
  public static BotProcess startOnTelegram(
      Path dir, FakeTelegram telegram, Map<String, String> more) throws IOException {
    return startOnTelegram(dir, telegram, more, List.of());
  }

  /** As {@link #startOnTelegram(Path, FakeTelegram, Map)}, with the JVM options {@code jvm}. */
  public static BotProcess startOnTelegram(
      Path dir, FakeTelegram telegram, Map<String, String> more, List<String> jvm)
      throws IOException {
    Map<String, String> env = new java.util.HashMap<>(more);
    env.put("NEWSBOT_CONFIG", "newsbot.yml");
    env.put("NEWSBOT_DB", "data/bot.db");
    env.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
    env.put("TELEGRAM_API_URL", telegram.url().toString());
    return start(dir, env, jvm);
  }

  /** The operating system's id of the process. */
  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
    Thread t =
        new Thread(
            () -> {
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
    return t;
  }

  public String stdout() {
    synchronized (stdout) {
      return stdout.toString(StandardCharsets.UTF_8);
    }
  }

  public String stderr() {
    synchronized (stderr) {
      return stderr.toString(StandardCharsets.UTF_8);
    }
  }

  /** Waits until standard output matches. */
  public void awaitOutput(Predicate<String> match, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!match.test(stdout())) {
      if (System.nanoTime() > deadline || !process.isAlive() && !match.test(stdout())) {
        throw new AssertionError(
            "stdout never matched; stdout:\n" + stdout() + "\nstderr:\n" + stderr());
      }
      Thread.sleep(50);
    }
  }

  /** Types a line on the bot's standard input. */
  public void type(String line) throws IOException {
    OutputStream in = process.getOutputStream();
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  /**
   * Sends SIGTERM and returns the exit status, failing if it takes more than {@code timeout}. What
   * the bot prints while it stops is kept: {@link Process#destroy()} would close the pipes first.
   */
  public int terminate(Duration timeout) throws InterruptedException {
    process.toHandle().destroy();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "did not exit within " + timeout + " of SIGTERM; stderr:\n" + stderr());
    }
    stdoutPump.join(timeout.toMillis());
    stderrPump.join(timeout.toMillis());
    return process.exitValue();
  }

  /** Waits for the process to end by itself, and returns its exit status. */
  public int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("did not exit within " + timeout + "; stderr:\n" + stderr());
    }
    stdoutPump.join(timeout.toMillis());
    stderrPump.join(timeout.toMillis());
    return process.exitValue();
  }

  /** SIGKILL: no shutdown hook runs, as when the machine loses power. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
