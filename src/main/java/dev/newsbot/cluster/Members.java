package dev.newsbot.cluster;

import java.time.Instant;

/** This instance among the bot's instances on one database. */
public interface Members {
  /** This instance's id, unique among all that ever ran on the database. */
  String self();

  /**
   * Records that this instance lives at {@code now} and forgets those that stopped beating.
   *
   * @return how many instances live, this one included
   */
  int beat(Instant now);

  /**
   * Whether other instances may share the database: when not (SQLite's instance lock keeps the bot
   * alone), one beat at start is enough.
   */
  boolean shared();

  /** Takes this instance off the list, so that the others need not wait for it to go stale. */
  void leave();
}
