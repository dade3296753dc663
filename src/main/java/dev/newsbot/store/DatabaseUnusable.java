package dev.newsbot.store;

/** The database cannot be used: not SQLite, not writable, or in use by another NewsBot. */
public final class DatabaseUnusable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DatabaseUnusable(String message, Throwable cause) {
    super(message, cause);
  }
}
