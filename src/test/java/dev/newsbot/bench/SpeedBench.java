package dev.newsbot.bench;

import dev.newsbot.source.extract.ArticleExtractor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-thread extraction speed after warm-up: pages per second over all pages, and the median
 * time for pages of 80 to 120 KB (a typical news article page).
 *
 * <p>Run alone: {@code ./mvnw -q test-compile exec:java
 * -Dexec.mainClass=dev.newsbot.bench.SpeedBench -Dexec.args=../shared/eval} (ExtractionEval runs it
 * too, after its scores).
 */
public final class SpeedBench {
  private static final int WARM_UP_ROUNDS = 5;
  private static final int ROUNDS = 5;

  private final ArticleExtractor extractor;
  private final PrintStream out;

  SpeedBench(ArticleExtractor extractor, PrintStream out) {
    this.extractor = extractor;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SpeedBench EVAL_DIR");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    List<EvalPage> pages = new ArrayList<>(EvalData.readabilityPages(root));
    pages.addAll(EvalData.trafilaturaPages(root));
    new SpeedBench(new ArticleExtractor(), System.out).run(pages);
  }

  void run(List<EvalPage> pages) throws IOException {
    List<byte[]> bodies = new ArrayList<>();
    List<EvalPage> used = new ArrayList<>();
    for (EvalPage page : pages) {
      bodies.add(Files.readAllBytes(page.source()));
      used.add(page);
    }
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      runOnce(bodies, used);
    }
    long bytes = bodies.stream().mapToLong(b -> b.length).sum();
    long start = System.nanoTime();
    for (int i = 0; i < ROUNDS; i++) {
      runOnce(bodies, used);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double perSecond = ROUNDS * bodies.size() / seconds;
    out.printf(
        Locale.ROOT,
        "| speed, all %d pages (mean %.0f KB), one thread | %.0f pages/s |%n",
        bodies.size(),
        bytes / 1024.0 / bodies.size(),
        perSecond);
    double typical = typicalMillis(bodies, used); // once: two runs would print two medians
    out.printf(
        Locale.ROOT,
        "| speed, pages of 80-120 KB, one thread | median %.2f ms/page (%.0f pages/s) |%n",
        typical,
        1000 / typical);
  }

  private void runOnce(List<byte[]> bodies, List<EvalPage> pages) {
    for (int i = 0; i < bodies.size(); i++) {
      extractor.extract(bodies.get(i), null, pages.get(i).url(), ZoneOffset.UTC);
    }
  }

  private double typicalMillis(List<byte[]> bodies, List<EvalPage> pages) {
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      int kb = bodies.get(i).length / 1024;
      if (kb < 80 || kb > 120) {
        continue;
      }
      long best = Long.MAX_VALUE;
      for (int r = 0; r < ROUNDS; r++) {
        long t = System.nanoTime();
        extractor.extract(bodies.get(i), null, pages.get(i).url(), ZoneOffset.UTC);
        best = Math.min(best, System.nanoTime() - t);
      }
      times.add(best / 1e6);
    }
    double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
  }
}
