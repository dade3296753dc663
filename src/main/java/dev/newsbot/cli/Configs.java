package dev.newsbot.cli;

import dev.newsbot.config.AppConfig;
import dev.newsbot.config.ConfigException;
import dev.newsbot.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Optional;

/** The config every command that needs one reads, with its problems listed for the user. */
final class Configs {
  private Configs() {}

  /** The config from the working directory and the environment, or empty after its problems. */
  static Optional<AppConfig> load(Terminal terminal) {
    try {
      return Optional.of(new ConfigLoader(Path.of(""), terminal.env()).load());
    } catch (ConfigException e) {
      terminal.problem("the configuration has problems:");
      e.problems().forEach(p -> terminal.detail("  - " + p));
      return Optional.empty();
    }
  }
}
