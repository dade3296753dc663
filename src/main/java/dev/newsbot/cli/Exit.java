package dev.newsbot.cli;

/** How a command ended, as the process's exit status: the one place the codes are defined. */
public enum Exit {
  /** Done. */
  OK(0),
  /** It ran and failed: a source that cannot be read, a file that cannot be written. */
  FAILED(1),
  /** It could not run as asked: bad arguments, a bad config, an unusable database or token. */
  USAGE(2);

  private final int code;

  Exit(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
