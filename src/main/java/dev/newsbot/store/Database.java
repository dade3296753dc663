package dev.newsbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The bot's database: opened once, migrated to the current schema, and lent out per transaction
 * from a small pool (opening a SQLite connection and applying its pragmas costs more than most of
 * the bot's queries).
 */
public final class Database implements AutoCloseable {
  private static final int POOL_SIZE = 6;

  /** The SQL the two engines write differently (identity columns and full-text search). */
  public enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final DatabaseAddress address;

  private Database(HikariDataSource dataSource, Dialect dialect, DatabaseAddress address) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.address = address;
  }

  /** Opens the database at {@code address} and applies pending migrations. */
  public static Database open(DatabaseAddress address) {
    if (address instanceof DatabaseAddress.Postgres postgres) {
      return openPostgres(postgres);
    }
    return openSqlite(((DatabaseAddress.SqliteFile) address).file());
  }

  /**
   * Opens a PostgreSQL database and applies pending migrations; several instances may share it. The
   * schema is the connection's current one (the URL's {@code currentSchema}, else {@code public}).
   */
  public static Database openPostgres(DatabaseAddress.Postgres address) {
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(address.url());
    address.password().ifPresent(pool::setPassword);
    pool.setPoolName("newsbot-db");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    pool.setInitializationFailTimeout(10_000);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(pool);
    } catch (RuntimeException e) {
      throw new DatabaseUnusable(
          "cannot reach the database "
              + address.describe()
              + " ("
              + rootMessage(e)
              + "); check NEWSBOT_DB and NEWSBOT_DB_PASSWORD, and that PostgreSQL runs there",
          e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw new DatabaseUnusable(
          "cannot use the database "
              + address.describe()
              + " ("
              + rootMessage(e)
              + "); is it a NewsBot database? Point NEWSBOT_DB at it, or at a new one",
          e);
    }
    return new Database(dataSource, Dialect.POSTGRESQL, address);
  }

  /**
   * The pool, for a library that takes connections itself (Quartz's clustered job store on
   * PostgreSQL).
   */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  /**
   * A connection of its own, outside the pool, for a session-scoped lock held for as long as the
   * instance lives (the pool would retire a connection it lends for that long). PostgreSQL only.
   */
  Connection openSession() throws SQLException {
    if (!(address instanceof DatabaseAddress.Postgres postgres)) {
      throw new UnsupportedOperationException("sessions of their own are PostgreSQL's");
    }
    java.util.Properties props = new java.util.Properties();
    postgres.password().ifPresent(p -> props.setProperty("password", p));
    props.setProperty("ApplicationName", "newsbot-lease");
    return java.sql.DriverManager.getConnection(postgres.url(), props);
  }

  /** Which engine this is. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Opens (creating it if needed) the SQLite file and applies pending migrations. A new file is
   * readable by this user only; an existing one that others can read is logged as a warning.
   */
  public static Database openSqlite(Path file) {
    try {
      PrivateFiles.prepare(file);
    } catch (IOException e) {
      throw new DatabaseUnusable(
          "cannot create the database "
              + file.toAbsolutePath()
              + " ("
              + e.getMessage()
              + "); set NEWSBOT_DB to a file in a directory the bot may write",
          e);
    }
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    // Writers take the lock at BEGIN, so two writers wait for each other instead of failing.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    try {
      Flyway.configure()
          .dataSource(sqlite)
          .locations("classpath:db/migration/common", "classpath:db/migration/sqlite")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new DatabaseUnusable(
          "cannot use the database "
              + file.toAbsolutePath()
              + " ("
              + rootMessage(e)
              + "); is it a NewsBot SQLite file? Point NEWSBOT_DB at it, or at a new file",
          e);
    }
    HikariConfig pool = new HikariConfig();
    pool.setDataSource(sqlite);
    pool.setPoolName("newsbot-db");
    pool.setMaximumPoolSize(POOL_SIZE);
    pool.setMinimumIdle(1);
    return new Database(
        new HikariDataSource(pool), Dialect.SQLITE, new DatabaseAddress.SqliteFile(file));
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    int line = m.indexOf('\n');
    return line < 0 ? m : m.substring(0, line);
  }

  /**
   * Copies the database, consistently, to {@code target} while it is in use (SQLite's online
   * backup).
   */
  public void backupTo(Path target) {
    if (dialect != Dialect.SQLITE) {
      throw new UnsupportedOperationException(
          "backup copies a SQLite file; back PostgreSQL up with pg_dump");
    }
    statement(
        c -> {
          try (java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("backup to " + target.toAbsolutePath());
          }
          return null;
        });
  }

  /** Closes the pool's connections. */
  @Override
  public void close() {
    dataSource.close();
  }

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T apply(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one write transaction, committed when it returns and rolled back if it
   * throws. The transaction begins IMMEDIATE, so two writers queue on the lock instead of failing.
   */
  public <T> T transaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      // sqlite-jdbc begins the next transaction as soon as one ends while auto-commit is off; a
      // pooled connection must not sit idle holding the write lock, so auto-commit is switched
      // off only for the span of the work, and switching it back on commits.
      c.setAutoCommit(false);
      T result;
      try {
        result = work.apply(c);
      } catch (SQLException | RuntimeException e) {
        rollback(c, e);
        throw e;
      }
      c.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * Runs {@code work}, a single statement, in auto-commit: SQLite makes one statement atomic by
   * itself, and in WAL mode a lone read never waits for a writer.
   */
  public <T> T statement(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private static void rollback(Connection c, Exception cause) {
    try {
      c.rollback();
      c.setAutoCommit(true);
    } catch (SQLException e) {
      cause.addSuppressed(e); // the work's failure is the one worth reporting
    }
  }
}
