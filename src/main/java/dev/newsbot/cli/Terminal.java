package dev.newsbot.cli;

import dev.newsbot.logging.TokenMask;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command reads and writes: the process's streams and environment. */
public record Terminal(InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
  /**
   * Tells the user on standard error what went wrong, as {@code newsbot: ...}. Standard error is
   * not the log, so the log's token mask does not apply: it is applied here, as the line may quote
   * a server's answer or a line of a file.
   */
  public void problem(String line) {
    detail("newsbot: " + line);
  }

  /** A further line of a problem, masked as {@link #problem} is. */
  public void detail(String line) {
    err.println(TokenMask.mask(line));
  }
}
