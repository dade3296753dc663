package dev.newsbot.store;

import dev.newsbot.cluster.PollingLease;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling lease as a PostgreSQL advisory lock, taken with {@code pg_try_advisory_lock} on a
 * connection of its own and held for as long as that session lives. A stopping instance frees it
 * first; when the instance dies, its connection closes and the server frees the lock as soon as it
 * notices; when the machine vanishes, the server's TCP keepalives (set short on the session) end it
 * within about 25 s. The lock is keyed by the schema, so bots in two schemas of one database do not
 * contend.
 */
public final class AdvisoryPollingLease implements PollingLease {
  private static final Logger log = LoggerFactory.getLogger(AdvisoryPollingLease.class);

  /** The advisory lock's first key: "NB", for NewsBot's polling lease. */
  private static final int LOCK_CLASS = 0x4E42;

  private static final int CHECK_SECONDS = 2;

  private final Database db;
  private Connection session;
  private volatile boolean held;

  public AdvisoryPollingLease(Database db) {
    if (db.dialect() != Database.Dialect.POSTGRESQL) {
      throw new IllegalArgumentException("an advisory lock needs PostgreSQL: " + db.dialect());
    }
    this.db = db;
  }

  @Override
  public synchronized boolean tryAcquire() {
    try {
      if (held && session.isValid(CHECK_SECONDS)) {
        return true; // the session lives, so its lock does
      }
      if (held) {
        log.warn("Lost the database session that held the polling lease");
        drop();
      }
      if (session == null) {
        session = open();
      }
      try (Statement st = session.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT pg_try_advisory_lock(" + LOCK_CLASS + ", hashtext(current_schema()))")) {
        held = rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      log.warn("Cannot reach the database for the polling lease: {}", e.getMessage());
      drop();
    }
    return held;
  }

  private Connection open() throws SQLException {
    Connection c = db.openSession();
    try (Statement st = c.createStatement()) {
      // The server notices a vanished machine within 10 + 3 x 5 s and frees the lock.
      st.execute("SET tcp_keepalives_idle = 10");
      st.execute("SET tcp_keepalives_interval = 5");
      st.execute("SET tcp_keepalives_count = 3");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private void drop() {
    held = false;
    if (session != null) {
      try {
        session.close();
      } catch (SQLException e) {
        log.debug("Closing the lease's session failed; it is gone either way", e);
      }
      session = null;
    }
  }

  @Override
  public boolean held() {
    return held;
  }

  /**
   * Frees the lock, then ends the session. Ending the session alone frees it too, but only once the
   * server has noticed, a moment later: another instance asking at once would be refused.
   */
  @Override
  public synchronized void close() {
    if (held && session != null) {
      try (Statement st = session.createStatement()) {
        st.execute("SELECT pg_advisory_unlock(" + LOCK_CLASS + ", hashtext(current_schema()))");
      } catch (SQLException e) {
        log.debug("Freeing the polling lease failed; ending its session frees it", e);
      }
    }
    drop();
  }

  @Override
  public String toString() {
    return "the polling lease (a PostgreSQL advisory lock)";
  }
}
