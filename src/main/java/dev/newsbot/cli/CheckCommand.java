package dev.newsbot.cli;

import dev.newsbot.config.AppConfig;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.SourceCheck;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * {@code check}: the config, then each source tried once, as a table. Ends {@link Exit#OK} when all
 * are readable, {@link Exit#FAILED} when one is not, {@link Exit#USAGE} for a bad config.
 */
final class CheckCommand implements Subcommand {
  private static final String ROW = "%-20s %-14s %6s %8s  %s%n";

  @Override
  public String name() {
    return "check";
  }

  @Override
  public String help() {
    return "check\n    check the config and try each source once";
  }

  @Override
  public Exit run(List<String> args, Terminal terminal) {
    if (!args.isEmpty()) {
      terminal.problem("check takes no arguments; it reads the config NEWSBOT_CONFIG names");
      return Exit.USAGE;
    }
    Optional<AppConfig> loaded = Configs.load(terminal);
    if (loaded.isEmpty()) {
      return Exit.USAGE;
    }
    AppConfig config = loaded.get();
    PrintStream out = terminal.out();
    out.println("The configuration is valid: " + config.sources().size() + " sources.");
    OkHttpClient http =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(20))
            .build();
    SourceCheck check =
        new SourceCheck(
            new HttpFetcher(http, config.fetch().maxBodyBytes(), Duration.ZERO), new FeedReader());
    out.printf(ROW, "SOURCE", "FOUND", "ITEMS", "TIME", "NEWEST / PROBLEM");
    boolean all = true;
    try {
      for (var source : config.sources()) {
        SourceCheck.Row row = check.check(source);
        all &= row.readable();
        out.printf(
            ROW,
            row.source(),
            row.found(),
            row.items(),
            row.millis() + " ms",
            row.readable() ? row.newest() : "PROBLEM: " + row.problem());
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    out.println(all ? "Every source can be read." : "Some sources cannot be read; see PROBLEM.");
    return all ? Exit.OK : Exit.FAILED;
  }
}
