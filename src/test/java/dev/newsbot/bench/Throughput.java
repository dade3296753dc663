package dev.newsbot.bench;

import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryRequest;
import java.util.List;

/** Summaries per second on the calling thread, after the JIT has warmed up. */
final class Throughput {
  private static final long WARM_UP_NANOS = 3_000_000_000L;
  private static final long MEASURE_NANOS = 5_000_000_000L;

  private Throughput() {}

  static double articlesPerSecond(Summarizer summarizer, List<EvalArticle> articles) {
    List<SummaryRequest> requests =
        articles.stream().map(a -> new SummaryRequest("", "", a.text())).toList();
    long sink = run(summarizer, requests, WARM_UP_NANOS)[1];
    long[] measured = run(summarizer, requests, MEASURE_NANOS);
    if (sink + measured[1] == 42) {
      System.out.print(""); // keeps the summaries observable so the JIT cannot drop the work
    }
    return measured[0] / (MEASURE_NANOS / 1e9) * (MEASURE_NANOS / (double) measured[2]);
  }

  /** Whole passes until {@code nanos} have passed: {articles done, checksum, nanos taken}. */
  private static long[] run(Summarizer summarizer, List<SummaryRequest> requests, long nanos) {
    long start = System.nanoTime();
    long done = 0;
    long checksum = 0;
    long elapsed;
    do {
      for (SummaryRequest r : requests) {
        checksum += summarizer.summarize(r).length();
        done++;
      }
      elapsed = System.nanoTime() - start;
    } while (elapsed < nanos);
    return new long[] {done, checksum, elapsed};
  }
}
