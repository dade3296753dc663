package dev.newsbot.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the bot keeps its data: a SQLite file (one machine, the default) or a PostgreSQL database
 * (several instances may share it), as {@code NEWSBOT_DB} names it.
 */
public sealed interface DatabaseAddress {
  /** The prefix that makes {@code NEWSBOT_DB} a PostgreSQL address rather than a file. */
  String POSTGRES_PREFIX = "jdbc:postgresql:";

  /**
   * {@code value} as a JDBC URL when it starts with {@value #POSTGRES_PREFIX}, else as a file path
   * resolved against {@code workingDir}.
   *
   * @param password {@code NEWSBOT_DB_PASSWORD}: PostgreSQL's password, kept out of the URL
   */
  static DatabaseAddress parse(String value, Path workingDir, Optional<String> password) {
    String v = value.strip();
    if (v.startsWith(POSTGRES_PREFIX)) {
      return new Postgres(v, password);
    }
    return new SqliteFile(workingDir.resolve(v));
  }

  /** How logs and messages name it, without a password. */
  String describe();

  /** A SQLite file. */
  record SqliteFile(Path file) implements DatabaseAddress {
    public SqliteFile {
      Objects.requireNonNull(file, "file == null");
    }

    @Override
    public String describe() {
      return file.toString();
    }
  }

  /** A PostgreSQL database, by its JDBC URL. */
  record Postgres(String url, Optional<String> password) implements DatabaseAddress {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&]*");

    public Postgres {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(password, "password == null");
    }

    @Override
    public String describe() {
      return PASSWORD.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
      return "Postgres[" + describe() + "]";
    }
  }
}
