package dev.newsbot.bench;

import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeTelegram;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Broadcasts one article from the packaged bot ({@code target/newsbot.jar}, a process of its own,
 * {@code -Xmx128m}) to many subscribed chats, against the in-process fake Bot API as the harshest
 * honest server: the configured limit bot-wide in an exact sliding second, 1 a second per chat,
 * counted when a send arrives after half a round trip of 100 ms ± 10 ms. Reports the achieved rate,
 * 429s, lost and duplicated messages, the bot's peak heap (from its /metrics) and CPU (from /proc),
 * and the most sends the fake accepted in any one second.
 *
 * <pre>
 * ./mvnw -q -B -o package -DskipTests
 * ./mvnw -q -B -o test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-Xmx2g -cp %classpath dev.newsbot.bench.BroadcastBench rate 3000 25"
 * </pre>
 *
 * Modes (the first argument), then options {@code --minutes=M} (stop measuring after M minutes; the
 * figures are then over the sends made by then), {@code --rtt=MS}, {@code --jitter=MS} (per leg),
 * {@code --jvm=OPTIONS} (the bot's, comma-separated; default -Xmx128m):
 *
 * <ul>
 *   <li>{@code rate SUBSCRIBERS RATE [FAKE_LIMIT] [paid]}: the bot at RATE a second, the fake
 *       allowing FAKE_LIMIT (default RATE); paid_broadcast is on when asked or when RATE is over
 *       30.
 *   <li>{@code converge [SUBSCRIBERS]}: the bot at 100/s (paid), the fake allowing 30/s; the rate
 *       per 10 s, and from when it stays at 90% of 30/s or more (default 4,000 chats).
 *   <li>{@code latency [SUBSCRIBERS]}: a 100/s broadcast (paid) while subscribed users send
 *       /latest, one every 2 s in turn from 3 chats (one chat every 2 s would pass the bot's flood
 *       guard of 20 commands a minute); from queueing the update to the reply arriving at the fake
 *       (default 10,000 chats).
 *   <li>{@code sigkill [SUBSCRIBERS]}: 1,000/s (paid); SIGKILL once half the chats have the push,
 *       restart on the same data, let it finish (default 20,000 chats).
 * </ul>
 */
public final class BroadcastBench {
  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final int USERS = 3;

  private BroadcastBench() {}

  public static void main(String[] args) throws Exception {
    List<String> words = new ArrayList<>();
    Duration cap = Duration.ofMinutes(10);
    Duration rtt = Duration.ofMillis(100);
    Duration jitter = Duration.ofMillis(10);
    List<String> jvm = List.of("-Xmx128m");
    for (String a : args) {
      if (a.startsWith("--minutes=")) {
        cap = Duration.ofSeconds((long) (60 * Double.parseDouble(a.substring(10))));
      } else if (a.startsWith("--rtt=")) {
        rtt = Duration.ofMillis(Long.parseLong(a.substring(6)));
      } else if (a.startsWith("--jitter=")) {
        jitter = Duration.ofMillis(Long.parseLong(a.substring(9)));
      } else if (a.startsWith("--jvm=")) {
        jvm = List.of(a.substring(6).split(","));
      } else {
        words.add(a);
      }
    }
    if (words.isEmpty() || words.get(0).matches("\\d+")) {
      words.add(0, "rate"); // the README's older command line: SUBSCRIBERS RATE FAKE_LIMIT
    }
    String mode = words.get(0);
    int n = words.size() > 1 ? Integer.parseInt(words.get(1)) : 0;
    BroadcastRun.Settings settings =
        switch (mode) {
          case "rate" -> {
            int rate = words.size() > 2 ? Integer.parseInt(words.get(2)) : 25;
            int limit =
                words.size() > 3 && !words.get(3).equals("paid")
                    ? Integer.parseInt(words.get(3))
                    : rate;
            boolean paid = rate > 30 || words.contains("paid");
            yield new BroadcastRun.Settings(n == 0 ? 3000 : n, rate, paid, limit, rtt, jitter, jvm);
          }
          case "converge" ->
              new BroadcastRun.Settings(n == 0 ? 4000 : n, 100, true, 30, rtt, jitter, jvm);
          case "latency" ->
              new BroadcastRun.Settings(n == 0 ? 10_000 : n, 100, true, 100, rtt, jitter, jvm);
          case "sigkill" ->
              new BroadcastRun.Settings(n == 0 ? 20_000 : n, 1000, true, 1000, rtt, jitter, jvm);
          default -> throw new IllegalArgumentException("unknown mode: " + mode);
        };
    try (BroadcastRun run = BroadcastRun.prepare(settings, mode.equals("latency") ? USERS : 0)) {
      new BroadcastBench.Measure(run, mode, cap).go();
    }
    System.exit(0);
  }

  /** One run's measuring: the broadcast, progress every 10 s, and the report. */
  private static final class Measure {
    private final BroadcastRun run;
    private final String mode;
    private final Duration cap;
    private final FakeTelegram telegram;
    private final int chats;
    private final List<long[]> ticks = new ArrayList<>(); // {accepted, 429 bot-wide, per chat}
    private final List<long[]> asked = new ArrayList<>(); // {chat, queued at}
    private long cpuTicks;
    private long cpuStart;
    private boolean capped;
    private long killedAt;
    private int acceptedAtKill;
    private int acceptedBeforeRestart;
    private int inFlightAtKill;

    Measure(BroadcastRun run, String mode, Duration cap) {
      this.run = run;
      this.mode = mode;
      this.cap = cap;
      this.telegram = run.telegram;
      this.chats = run.settings.subscribers() + (mode.equals("latency") ? USERS : 0);
    }

    void go() throws Exception {
      BotProcess bot = run.startBot();
      run.awaitFirstPoll(Duration.ofSeconds(60));
      cpuStart = BotSampler.cpuTicks(bot.pid());
      run.publish();
      long published = System.nanoTime();
      System.out.printf(
          "bot pid %d in %s; article published; bot's next poll within 10 s%n", bot.pid(), run.dir);
      broadcast(published);
      cpuTicks += BotSampler.cpuTicks(run.bot().pid()) - (killedAt == 0 ? cpuStart : 0);
      Thread.sleep(3000); // a second copy of anything would arrive by now
      report();
      System.out.println("bot log, warnings and errors (numbers masked):");
      run.oddities().forEach(line -> System.out.println("  " + line));
      int status = run.bot().terminate(Duration.ofSeconds(30));
      System.out.println("bot exit status after SIGTERM: " + status);
    }

    /** Waits until every chat has the push, or the outbox is empty, or the cap has passed. */
    private void broadcast(long published) throws Exception {
      long deadline = published + cap.toNanos();
      long nextAsk = 0;
      long quietSince = 0;
      int lastCount = 0;
      while (true) {
        Thread.sleep(100);
        long now = System.nanoTime();
        int count = telegram.sentCount();
        long first = telegram.firstSendNanos();
        if (first != 0 && now >= first + (ticks.size() + 1) * 10 * SECOND.toNanos()) {
          tick(now, first);
        }
        if (mode.equals("latency") && first != 0 && now >= nextAsk) {
          long chat = run.settings.subscribers() + 1 + asked.size() % USERS;
          asked.add(new long[] {chat, System.nanoTime()});
          telegram.userSends(chat, "/latest");
          nextAsk = now + 2 * SECOND.toNanos();
        }
        if (mode.equals("sigkill") && killedAt == 0 && count >= chats / 2) {
          kill();
          continue;
        }
        quietSince = count != lastCount ? now : quietSince;
        lastCount = count;
        boolean allThere = count >= chats && run.pushes().size() >= chats;
        boolean drained = count > 0 && run.sampler().queueDepth() == 0 && now - quietSince > 3e9;
        if (allThere || drained) {
          return;
        }
        if (now > deadline) {
          capped = true;
          return;
        }
      }
    }

    private void tick(long now, long first) {
      long[] t = {
        telegram.sentCount(), telegram.rateLimitedBotWide(), telegram.rateLimitedPerChat()
      };
      long[] before = ticks.isEmpty() ? new long[3] : ticks.get(ticks.size() - 1);
      ticks.add(t);
      System.out.printf(
          "  %4d s: %6d accepted, %6.1f/s in the last 10 s, 429s +%d bot-wide +%d per chat,"
              + " queue %d, bot heap peak %.1f MB%n",
          (now - first) / 1_000_000_000L,
          t[0],
          (t[0] - before[0]) / 10.0,
          t[1] - before[1],
          t[2] - before[2],
          run.sampler().queueDepth(),
          run.sampler().peakHeap() / 1e6);
    }

    private void kill() throws Exception {
      BotProcess first = run.bot();
      cpuTicks += BotSampler.cpuTicks(first.pid()) - cpuStart;
      inFlightAtKill = telegram.inFlight();
      first.kill();
      killedAt = System.nanoTime();
      acceptedAtKill = telegram.sentCount();
      Thread.sleep(1000); // the requests already on their way arrive and are answered to no one
      acceptedBeforeRestart = telegram.sentCount();
      System.out.printf(
          "SIGKILL after %d accepted sends; %d more arrived after it; restarting%n",
          acceptedAtKill, acceptedBeforeRestart - acceptedAtKill);
      run.startBot();
    }

    private void report() {
      BroadcastRun.Settings s = run.settings;
      long[] arrivals = telegram.acceptedArrivals();
      int accepted = arrivals.length;
      Map<Long, Integer> pushes = run.pushes();
      long duplicates = pushes.values().stream().mapToLong(c -> c - 1).sum();
      double seconds = accepted < 2 ? 0 : (arrivals[accepted - 1] - arrivals[0]) / 1e9;
      int limited = telegram.rateLimited();
      System.out.println("==== broadcast bench: " + mode);
      System.out.printf("subscribers            %d%s%n", chats, capped ? " (cap reached)" : "");
      System.out.printf(
          "configured             send_rate_per_second %d, paid_broadcast %s; bot JVM %s%n",
          s.rate(), s.paid(), s.jvm());
      System.out.printf(
          "fake server            %d/s bot-wide (sliding 1 s window on arrival), 1/s per chat;"
              + " rtt %d ms, each leg ±%d ms%n",
          s.fakeLimit(), s.rtt().toMillis(), s.jitter().toMillis());
      System.out.printf(
          "accepted sends         %d%s%n",
          accepted,
          capped
              ? " (measured over these: the run stopped at the " + cap.toMinutes() + "-minute cap)"
              : "");
      System.out.printf("duration               %.1f s, first to last accepted send%n", seconds);
      steady(arrivals, s);
      System.out.printf(
          "429s                   %d bot-wide, %d per chat = %.3f%% of accepted sends%n",
          telegram.rateLimitedBotWide(),
          telegram.rateLimitedPerChat(),
          100.0 * limited / Math.max(1, accepted));
      if (capped) {
        System.out.printf(
            "lost                   not measured (capped; %d chats not reached yet)%n",
            chats - pushes.size());
      } else {
        System.out.printf(
            "lost                   %d (chats without the push once the outbox was empty)%n",
            chats - pushes.size());
      }
      System.out.printf("duplicates             %d%n", duplicates);
      System.out.printf(
          "max in any 1 s         %d accepted at the fake (limit %d)%n",
          telegram.maxAcceptedIn(SECOND), s.fakeLimit());
      System.out.printf(
          "bot peak heap          %.1f MB (heap pools' jvm_memory_used_bytes summed, %d samples"
              + " of /metrics every 150 ms)%n",
          run.sampler().peakHeap() / 1e6, run.sampler().samples());
      System.out.printf(
          "bot CPU                %.1f s from publishing to the end = %.2f s per 1,000 sends%n",
          cpuTicks / (double) BotSampler.CLOCK_TICKS,
          cpuTicks / (double) BotSampler.CLOCK_TICKS / Math.max(1, accepted) * 1000);
      if (mode.equals("converge")) {
        convergence(arrivals, s.fakeLimit());
      }
      if (mode.equals("latency")) {
        latency();
      }
      if (mode.equals("sigkill")) {
        System.out.printf(
            "sigkill                killed at %d accepted, %d sends in flight at the fake; %d arrived"
                + " after the kill from the old process; %d chats got the push twice%n",
            acceptedAtKill,
            inFlightAtKill,
            acceptedBeforeRestart - acceptedAtKill,
            pushes.values().stream().filter(c -> c > 1).count());
      }
    }

    /**
     * The rate over the steady part: from 1 s after the first accepted send to 1 s before the last.
     */
    private void steady(long[] arrivals, BroadcastRun.Settings s) {
      if (arrivals.length < 2) {
        return;
      }
      long from = arrivals[0] + SECOND.toNanos();
      long to = arrivals[arrivals.length - 1] - SECOND.toNanos();
      long inside = Arrays.stream(arrivals).filter(t -> t >= from && t < to).count();
      double rate = to > from ? inside / ((to - from) / 1e9) : Double.NaN;
      System.out.printf(
          "achieved (steady)      %.2f/s = %.3f of the fake's limit, %.3f of the configured rate"
              + " (%d sends between 1 s after the first and 1 s before the last accepted send)%n",
          rate, rate / s.fakeLimit(), rate / s.rate(), inside);
      double overall =
          (arrivals.length - 1) / ((arrivals[arrivals.length - 1] - arrivals[0]) / 1e9);
      System.out.printf("achieved (overall)     %.2f/s, first to last accepted send%n", overall);
    }

    private void convergence(long[] arrivals, int limit) {
      int intervals =
          (int) ((arrivals[arrivals.length - 1] - arrivals[0]) / (10 * SECOND.toNanos()));
      int[] per = new int[intervals + 1];
      for (long t : arrivals) {
        per[(int) ((t - arrivals[0]) / (10 * SECOND.toNanos()))]++;
      }
      int converged = -1;
      for (int i = intervals - 1; i >= 0 && per[i] >= 0.9 * limit * 10; i--) {
        converged = i;
      }
      System.out.println("per 10 s (full intervals; the last one is partial and left out):");
      for (int i = 0; i < intervals; i++) {
        long[] t = i < ticks.size() ? ticks.get(i) : null;
        long[] b = i == 0 ? new long[3] : i - 1 < ticks.size() ? ticks.get(i - 1) : null;
        System.out.printf(
            "  %3d-%3d s  %6.1f/s%s%n",
            i * 10,
            i * 10 + 10,
            per[i] / 10.0,
            t == null || b == null
                ? ""
                : String.format("  429s: %d bot-wide, %d per chat", t[1] - b[1], t[2] - b[2]));
      }
      System.out.println(
          converged < 0
              ? "converged              never held 90% of the fake's limit to the end"
              : "converged              from "
                  + converged * 10
                  + " s after the first send on,"
                  + " every 10 s held >= 90% of the fake's "
                  + limit
                  + "/s");
    }

    private void latency() {
      List<Long> waits = new ArrayList<>();
      int unanswered = 0;
      for (long chat = run.settings.subscribers() + 1; chat <= chats; chat++) {
        final long c = chat;
        List<FakeTelegram.Sent> replies =
            telegram.sentTo(c).stream()
                .filter(x -> x.text() != null && x.text().startsWith(BroadcastRun.LATEST_REPLY))
                .toList();
        List<long[]> mine = asked.stream().filter(a -> a[0] == c).toList();
        for (int i = 0; i < mine.size(); i++) {
          if (i < replies.size()) {
            waits.add((replies.get(i).arrivedNanos() - mine.get(i)[1]) / 1_000_000);
          } else {
            unanswered++;
          }
        }
      }
      waits.sort(null);
      if (waits.isEmpty()) {
        System.out.println("reply latency          no reply arrived; unanswered " + unanswered);
        return;
      }
      System.out.printf(
          "reply latency          /latest, update queued to reply arriving at the fake: %d answered,"
              + " %d unanswered; p50 %d ms, p95 %d ms, max %d ms%n",
          waits.size(),
          unanswered,
          waits.get((waits.size() - 1) / 2),
          waits.get((int) Math.ceil(0.95 * waits.size()) - 1),
          waits.get(waits.size() - 1));
    }
  }
}
