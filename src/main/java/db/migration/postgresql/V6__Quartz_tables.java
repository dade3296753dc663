package db.migration.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The tables of Quartz's clustered JDBC job store, from the script the Quartz jar ships for
 * PostgreSQL (its DROP statements left out: this schema never had them), so that they follow the
 * Quartz version we run rather than a copy of it. SQLite keeps Quartz's jobs in memory: one
 * instance, nothing to share.
 */
public final class V6__Quartz_tables extends BaseJavaMigration {
  private static final String SCRIPT = "/org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement st = context.getConnection().createStatement()) {
      for (String statement : script().split(";")) {
        String sql = statement.strip();
        String lower = sql.toLowerCase(Locale.ROOT);
        if (!sql.isEmpty() && !lower.startsWith("drop ") && !lower.equals("commit")) {
          st.execute(sql);
        }
      }
    }
  }

  private static String script() throws IOException {
    try (InputStream in = V6__Quartz_tables.class.getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IOException(SCRIPT + " is not on the class path (is the Quartz jar?)");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      return sql.toString();
    }
  }
}
