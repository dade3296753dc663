package dev.newsbot.cli;

import dev.newsbot.App;
import dev.newsbot.config.AppConfig;
import dev.newsbot.store.DatabaseUnusable;
import dev.newsbot.telegram.TokenRejectedException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot itself: runs until SIGTERM or Ctrl-C, and then ends {@link Exit#OK}. A token Telegram
 * refuses or an unusable database ends it at once with {@link Exit#USAGE}.
 */
final class RunCommand implements Subcommand {
  /**
   * Fetched when the bot runs, not when the class loads: every command builds a RunCommand for
   * {@code --help}, and the first logger starts logback (a third of a second), which {@code
   * extract} and the other tools do not need.
   */
  private static Logger log() {
    return LoggerFactory.getLogger(RunCommand.class);
  }

  @Override
  public String name() {
    return "";
  }

  @Override
  public String help() {
    return "(no command)\n    run the bot (console mode without TELEGRAM_BOT_TOKEN)";
  }

  @Override
  public Exit run(List<String> args, Terminal terminal) {
    Optional<AppConfig> config = Configs.load(terminal);
    if (config.isEmpty()) {
      return Exit.USAGE;
    }
    App app;
    try {
      app = App.start(config.get(), terminal.in(), terminal.out());
    } catch (TokenRejectedException | DatabaseUnusable e) {
      terminal.problem(e.getMessage());
      return Exit.USAGE;
    } catch (Exception e) {
      log().error("NewsBot failed to start", e);
      terminal.problem("failed to start: " + e.getMessage());
      return Exit.FAILED;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  log().info("Stopping NewsBot");
                  app.close();
                  log().info("NewsBot stopped");
                  // A SIGTERM would otherwise end the JVM with 143; a clean stop is a success.
                  Runtime.getRuntime().halt(Exit.OK.code());
                },
                "shutdown"));
    try {
      app.awaitStop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Exit.OK;
  }
}
