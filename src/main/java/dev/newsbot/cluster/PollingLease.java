package dev.newsbot.cluster;

/**
 * The right to long-poll Telegram, which allows one getUpdates consumer per token (a second one
 * gets 409 Conflict): at most one instance holds it at a time, and it frees itself when its holder
 * dies.
 */
public interface PollingLease extends AutoCloseable {
  /**
   * Takes the lease if it is free, or checks that this instance still holds it. Returns quickly.
   *
   * @return whether this instance holds it now; false when another does, or when the database
   *     cannot be reached (the lease may have been lost)
   */
  boolean tryAcquire();

  /** Whether this instance held the lease at the last {@link #tryAcquire}. */
  boolean held();

  /** Gives the lease up, for another instance to take. */
  @Override
  void close();

  /**
   * The lease of an instance that is alone by construction (SQLite's instance lock): always held.
   */
  PollingLease SOLE =
      new PollingLease() {
        @Override
        public boolean tryAcquire() {
          return true;
        }

        @Override
        public boolean held() {
          return true;
        }

        @Override
        public void close() {}

        @Override
        public String toString() {
          return "the sole instance's polling lease";
        }
      };
}
