package dev.newsbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The commands of {@code newsbot.jar}, chosen by the first argument; the bot without one. */
public final class CommandLine {
  /** The bot first: its name is empty, as it runs without one. */
  private static final List<Subcommand> COMMANDS =
      List.of(
          new RunCommand(),
          new ExtractCommand(),
          new SummarizeCommand(),
          new CheckCommand(),
          new BackupCommand());

  private static final String ENVIRONMENT =
      """
      Environment (also read from a .env file in the working directory):
        TELEGRAM_BOT_TOKEN   the token from @BotFather; unset means console mode
        TELEGRAM_API_URL     the Bot API server (default https://api.telegram.org)
        NEWSBOT_CONFIG       the config file (default config/newsbot.yml)
        NEWSBOT_DB           the SQLite database file (default data/newsbot.db), or a PostgreSQL
                             JDBC URL (jdbc:postgresql://host:5432/db?user=...)
        NEWSBOT_DB_PASSWORD  PostgreSQL's password, if it takes one
        ADMIN_CHAT_IDS       chat ids of the bot's operators, for /stats and /broadcast
        NEWSBOT_HTTP_PORT    serve /healthz and /metrics on this port (unset: not served)
        NEWSBOT_HTTP_BIND    the address they are served on (default 127.0.0.1)
        NEWSBOT_LLM_URL      optional: an OpenAI-compatible chat-completions API for summaries
        NEWSBOT_LLM_MODEL    the model to ask for there
        NEWSBOT_LLM_API_KEY  its key, if it needs one
      Read from the process environment only:
        NEWSBOT_LOG_LEVEL    the log's level: ERROR, WARN, INFO (default), DEBUG or TRACE
        NEWSBOT_LOG_FORMAT   text (default) or json: one JSON object a line
      """;

  private CommandLine() {}

  /** {@code --help}: every command and environment variable. */
  public static String usage() {
    StringBuilder text = new StringBuilder("Usage: java -jar newsbot.jar [COMMAND]\n\n");
    for (Subcommand command : COMMANDS) {
      command.help().lines().forEach(line -> text.append("  ").append(line).append('\n'));
    }
    text.append("  --help\n      show this text\n  --version\n      print the version\n\n");
    return text.append(ENVIRONMENT).toString();
  }

  /** Runs the command in {@code args} and returns the process's exit status. */
  public static int run(
      String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
    Terminal terminal = new Terminal(in, out, err, env);
    String name = args.length == 0 ? "" : args[0];
    List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
    switch (name) {
      case "help", "--help", "-h" -> {
        out.print(usage());
        return Exit.OK.code();
      }
      case "--version", "-V", "version" -> {
        out.println("newsbot " + version());
        return Exit.OK.code();
      }
      default -> {
        for (Subcommand command : COMMANDS) {
          if (command.name().equals(name)) {
            return command.run(rest, terminal).code();
          }
        }
        terminal.problem("unknown command '" + name + "'");
        err.print(usage());
        return Exit.USAGE.code();
      }
    }
  }

  /** The version, from the build; "development" when run from an IDE's classes. */
  public static String version() {
    try (InputStream in =
        CommandLine.class.getClassLoader().getResourceAsStream("newsbot-version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isEmpty() || v.startsWith("${") ? "development" : v;
    } catch (IOException e) {
      return "development"; // the version is a courtesy; the bot runs without it
    }
  }
}
