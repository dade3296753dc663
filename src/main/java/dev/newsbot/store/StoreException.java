package dev.newsbot.store;

import java.sql.SQLException;

/** The database failed; the bot cannot go on with this operation. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(SQLException cause) {
    super("database error: " + cause.getMessage(), cause);
  }
}
