package dev.newsbot;

import dev.newsbot.cli.CommandLine;
import dev.newsbot.cli.Exit;
import java.util.Set;
import org.slf4j.LoggerFactory;

/** The jar's entry point: {@link CommandLine} runs the command, and its status ends the process. */
public final class Main {
  private static final Set<String> LOG_FORMATS = Set.of("text", "json");

  private Main() {}

  public static void main(String[] args) {
    // Before the first logger: logback reads NEWSBOT_LOG_FORMAT to pick its appender.
    String format = System.getenv().getOrDefault("NEWSBOT_LOG_FORMAT", "text");
    if (!LOG_FORMATS.contains(format)) {
      System.err.println("newsbot: NEWSBOT_LOG_FORMAT must be text or json, got '" + format + "'");
      System.exit(Exit.USAGE.code());
    }
    // The JVM prints an uncaught exception straight to System.err, past the log's token mask.
    Thread.setDefaultUncaughtExceptionHandler(
        (thread, e) ->
            LoggerFactory.getLogger(Main.class)
                .error("Uncaught exception in thread {}", thread.getName(), e));
    System.exit(CommandLine.run(args, System.getenv(), System.in, System.out, System.err));
  }
}
