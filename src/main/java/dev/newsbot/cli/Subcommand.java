package dev.newsbot.cli;

import java.util.List;

/** One command of {@code newsbot.jar}: the bot itself or one of its tools. */
public interface Subcommand {
  /** The word that selects it, empty for the bot. */
  String name();

  /** Its lines in {@code --help}: how it is called, and what it does. */
  String help();

  /** Runs it with the arguments after its name. */
  Exit run(List<String> args, Terminal terminal);
}
