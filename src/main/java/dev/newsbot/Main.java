package dev.newsbot;

import dev.newsbot.config.AppConfig;
import dev.newsbot.config.ConfigException;
import dev.newsbot.config.ConfigLoader;
import dev.newsbot.fetch.HttpFetcher;
import dev.newsbot.logging.TokenMask;
import dev.newsbot.source.FeedReader;
import dev.newsbot.source.SourceCheck;
import dev.newsbot.source.extract.ExtractCommand;
import dev.newsbot.store.Database;
import dev.newsbot.store.DatabaseUnusable;
import dev.newsbot.telegram.TokenRejectedException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Command-line entry point: parses arguments, loads the config, runs the bot, maps failures to exit
 * codes.
 */
public final class Main {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private static final Logger log = LoggerFactory.getLogger(Main.class);

  static final String USAGE_TEXT =
      """
      Usage:
        java -jar newsbot.jar                              run the bot (console mode without TELEGRAM_BOT_TOKEN)
        java -jar newsbot.jar extract [--url URL] [--zone ZONE] FILE...
                                                           print each saved page's article as a JSON line
        java -jar newsbot.jar summarize --jsonl            summarise {"id","title","text"} lines from stdin
        java -jar newsbot.jar summarize FILE               print the summary of a saved page
        java -jar newsbot.jar check                        check the config and try each source once
        java -jar newsbot.jar backup FILE                  copy the database to FILE, also while the bot runs
        java -jar newsbot.jar --help                       show this text
        java -jar newsbot.jar --version                    print the version

      Environment (also read from a .env file in the working directory):
        TELEGRAM_BOT_TOKEN   the token from @BotFather; unset means console mode
        TELEGRAM_API_URL     the Bot API server (default https://api.telegram.org)
        NEWSBOT_CONFIG       the config file (default config/newsbot.yml)
        NEWSBOT_DB           the SQLite database file (default data/newsbot.db)
        ADMIN_CHAT_IDS       chat ids of the bot's operators, for /stats and /broadcast
        NEWSBOT_HTTP_PORT    serve /healthz and /metrics on this port (unset: not served)
        NEWSBOT_HTTP_BIND    the address they are served on (default 127.0.0.1)
        NEWSBOT_LLM_URL      optional: an OpenAI-compatible chat-completions API for summaries
        NEWSBOT_LLM_MODEL    the model to ask for there
        NEWSBOT_LLM_API_KEY  its key, if it needs one
      """;

  /** The version, from the build; "development" when run from an IDE's classes. */
  static String version() {
    try (java.io.InputStream in =
        Main.class.getClassLoader().getResourceAsStream("newsbot-version.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isEmpty() || v.startsWith("${") ? "development" : v;
    } catch (java.io.IOException e) {
      return "development"; // the version is a courtesy; the bot runs without it
    }
  }

  private Main() {}

  public static void main(String[] args) {
    // The JVM prints an uncaught exception straight to System.err, past the log's token mask.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) -> log.error("Uncaught exception in thread {}", thread.getName(), e));
    System.exit(run(args, System.getenv(), System.in, System.out, System.err));
  }

  /**
   * Runs the command in {@code args}; returns 0 on success, 1 on a runtime failure, 2 on bad usage
   * or config.
   */
  static int run(
      String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return runBot(env, in, out, err);
    }
    switch (args[0]) {
      case "extract" -> {
        return ExtractCommand.run(List.of(args).subList(1, args.length), out, err);
      }
      case "summarize" -> {
        return new SummarizeCommand().run(List.of(args).subList(1, args.length), in, out, err);
      }
      case "help", "--help", "-h" -> {
        out.print(USAGE_TEXT);
        return OK;
      }
      case "check" -> {
        return check(env, out, err);
      }
      case "backup" -> {
        return backup(List.of(args).subList(1, args.length), env, out, err);
      }
      case "--version", "-V", "version" -> {
        out.println("newsbot " + version());
        return OK;
      }
      default -> {
        err.println("newsbot: unknown command '" + args[0] + "'");
        err.print(USAGE_TEXT);
        return USAGE;
      }
    }
  }

  private static int runBot(
      Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    AppConfig config = loadConfig(env, err);
    if (config == null) {
      return USAGE;
    }
    App app;
    try {
      app = App.start(config, in, out);
    } catch (TokenRejectedException | DatabaseUnusable e) {
      printMasked(err, "newsbot: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      log.error("NewsBot failed to start", e);
      printMasked(err, "newsbot: failed to start: " + e.getMessage());
      return FAILED;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log.info("Stopping NewsBot");
                  app.close();
                  log.info("NewsBot stopped");
                  // A SIGTERM would otherwise end the JVM with 143; a clean stop is a success.
                  Runtime.getRuntime().halt(OK);
                },
                "shutdown"));
    try {
      app.awaitStop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return OK;
  }

  /**
   * {@code check}: the config, then each source tried once, as a table; 0 when all are readable, 1
   * when one is not, 2 for a bad config.
   */
  private static int check(Map<String, String> env, PrintStream out, PrintStream err) {
    AppConfig config = loadConfig(env, err);
    if (config == null) {
      return USAGE;
    }
    out.println("The configuration is valid: " + config.sources().size() + " sources.");
    okhttp3.OkHttpClient http =
        new okhttp3.OkHttpClient.Builder()
            .connectTimeout(java.time.Duration.ofSeconds(10))
            .readTimeout(java.time.Duration.ofSeconds(20))
            .build();
    SourceCheck check =
        new SourceCheck(
            new HttpFetcher(http, config.fetch().maxBodyBytes(), java.time.Duration.ZERO),
            new FeedReader());
    String format = "%-20s %-14s %6s %8s  %s%n";
    out.printf(format, "SOURCE", "FOUND", "ITEMS", "TIME", "NEWEST / PROBLEM");
    boolean all = true;
    for (var source : config.sources()) {
      SourceCheck.Row row = check.check(source);
      all &= row.readable();
      out.printf(
          format,
          row.source(),
          row.found(),
          row.items(),
          row.millis() + " ms",
          row.readable() ? row.newest() : "PROBLEM: " + row.problem());
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    out.println(all ? "Every source can be read." : "Some sources cannot be read; see PROBLEM.");
    return all ? OK : FAILED;
  }

  /** {@code backup FILE}: SQLite's online backup, consistent while the bot writes. */
  private static int backup(
      List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
    if (args.size() != 1) {
      err.println("newsbot: usage: backup FILE (the copy of the database to write)");
      return USAGE;
    }
    Path target = Path.of(args.get(0)).toAbsolutePath();
    if (Files.exists(target)) {
      err.println("newsbot: " + target + " exists already; give a new file to back up to");
      return USAGE;
    }
    AppConfig config = loadConfig(env, err);
    if (config == null) {
      return USAGE;
    }
    if (!Files.exists(config.database())) {
      err.println("newsbot: there is no database at " + config.database() + " (NEWSBOT_DB)");
      return USAGE;
    }
    try (Database db = Database.openSqlite(config.database())) {
      db.backupTo(target);
    } catch (DatabaseUnusable e) {
      err.println("newsbot: " + e.getMessage());
      return USAGE;
    } catch (RuntimeException e) {
      err.println("newsbot: the backup failed: " + e.getMessage());
      return FAILED;
    }
    out.println("Backed up " + config.database() + " to " + target);
    return OK;
  }

  /** The config, or null after listing its problems on {@code err}. */
  private static AppConfig loadConfig(Map<String, String> env, PrintStream err) {
    try {
      return new ConfigLoader(Path.of(""), env).load();
    } catch (ConfigException e) {
      err.println("newsbot: the configuration has problems:");
      e.problems().forEach(p -> printMasked(err, "  - " + p));
      return null;
    }
  }

  /**
   * Standard error is not the log, so the log's token mask does not apply: messages that quote a
   * server's answer or a line of a file are masked here.
   */
  private static void printMasked(PrintStream err, String line) {
    err.println(TokenMask.mask(line));
  }
}
