package dev.newsbot.store;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One statement with its parameters bound: instants as epoch milliseconds, URIs as text. */
final class Sql {
  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs {@code sql} once per row of parameters, in one batch; the rows each changed. */
  static int[] batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
      }
      return ps.executeBatch();
    }
  }

  static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    }
  }

  static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    List<T> rows = query(c, sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  static boolean exists(Connection c, String sql, Object... params) throws SQLException {
    return first(c, sql, rs -> Boolean.TRUE, params).isPresent();
  }

  private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (p instanceof Instant instant) {
        ps.setLong(i + 1, instant.toEpochMilli());
      } else if (p instanceof URI uri) {
        ps.setString(i + 1, uri.toString());
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
