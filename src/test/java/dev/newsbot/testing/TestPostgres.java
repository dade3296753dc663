package dev.newsbot.testing;

import dev.newsbot.store.DatabaseAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server the project's machines run (127.0.0.1:5432, user postgres, database test;
 * {@code NEWSBOT_TEST_POSTGRES} names another), with a fresh schema for each test. When no server
 * answers, a test is skipped and says so; with {@code NEWSBOT_REQUIRE_POSTGRES=1} (CI) it fails.
 */
public final class TestPostgres {
  private static final String URL =
      System.getenv()
          .getOrDefault(
              "NEWSBOT_TEST_POSTGRES", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
  private static final boolean REQUIRED = "1".equals(System.getenv("NEWSBOT_REQUIRE_POSTGRES"));
  private static volatile String unreachable;
  private static volatile boolean probed;

  private TestPostgres() {}

  /**
   * A new, empty schema on the server, as the address of a database in it; skips the test (or fails
   * it, where PostgreSQL is required) when no server answers.
   */
  public static DatabaseAddress.Postgres freshSchema() {
    probe();
    if (unreachable != null) {
      String why = "PostgreSQL does not answer at " + URL + " (" + unreachable + ")";
      if (REQUIRED) {
        throw new AssertionError(why + "; NEWSBOT_REQUIRE_POSTGRES=1 says it must");
      }
      Assumptions.abort(why + ": this test is skipped");
    }
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new AssertionError("cannot create schema " + schema + ": " + e.getMessage(), e);
    }
    return new DatabaseAddress.Postgres(URL + "&currentSchema=" + schema, Optional.empty());
  }

  /** Drops the schema {@link #freshSchema} made for {@code address}, with all it holds. */
  public static void drop(DatabaseAddress.Postgres address) {
    String schema = address.url().substring(address.url().indexOf("currentSchema=") + 14);
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new AssertionError("cannot drop schema " + schema + ": " + e.getMessage(), e);
    }
  }

  private static synchronized void probe() {
    if (probed) {
      return;
    }
    probed = true;
    DriverManager.setLoginTimeout(3);
    try (Connection c = DriverManager.getConnection(URL)) {
      c.isValid(3);
    } catch (SQLException e) {
      unreachable = e.getMessage();
    }
  }
}
