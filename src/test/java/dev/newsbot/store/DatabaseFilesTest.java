package dev.newsbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The database file's permissions, on this machine's (POSIX) file system. */
class DatabaseFilesTest {
  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(PrivateFiles.class);

  @BeforeEach
  void captureLog() {
    logged.start();
    logger.addAppender(logged);
  }

  @AfterEach
  void releaseLog() {
    logger.detachAppender(logged);
  }

  private List<String> warnings() {
    return logged.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static void write(Database db, int rows) {
    db.transaction(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS scratch (n INTEGER)");
            for (int i = 0; i < rows; i++) {
              s.execute("INSERT INTO scratch VALUES (" + i + ")");
            }
          }
          return null;
        });
  }

  @Test
  void createsANewDatabaseFile0600InANewDirectory0700() throws Exception {
    Path file = dir.resolve("data/nested/bot.db");
    try (Database db = Database.openSqlite(file)) {
      assertEquals("rw-------", mode(file));
      assertEquals("rwx------", mode(dir.resolve("data/nested")));
      assertEquals("rwx------", mode(dir.resolve("data")), "every directory the bot creates");
    }
    assertEquals(List.of(), warnings());
  }

  @Test
  void keepsTheWalAndShmFilesFromOtherUsersAfterWrites() throws Exception {
    Path file = dir.resolve("bot.db");
    try (Database db = Database.openSqlite(file)) {
      write(db, 50);
      write(db, 50);
      for (String side : List.of("bot.db-wal", "bot.db-shm")) {
        Path path = dir.resolve(side);
        assertTrue(Files.exists(path), side + " exists while the database is open");
        assertEquals("rw-------", mode(path), side);
      }
    }
  }

  @Test
  void warnsAboutAnExistingDatabaseFileOthersCanReadAndLeavesItsModeAlone() throws Exception {
    Path file = dir.resolve("bot.db");
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
    try (Database db = Database.openSqlite(file)) {
      write(db, 1);
    }
    assertEquals(
        List.of(
            "The database file "
                + file
                + " can be read by other users (rw-r--r--); to keep it to this user, run: chmod 600 "
                + file),
        warnings());
    assertEquals("rw-r--r--", mode(file));
  }

  @Test
  void warnsAboutAnExistingDirectoryOthersCanReadButCreatesTheFilePrivate() throws Exception {
    Path data = Files.createDirectory(dir.resolve("data"));
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path file = data.resolve("bot.db");
    try (Database db = Database.openSqlite(file)) {
      assertEquals("rw-------", mode(file));
    }
    assertEquals(
        List.of(
            "The database directory "
                + data
                + " can be read by other users (rwxr-xr-x); to keep it to this user, run: chmod 700 "
                + data),
        warnings());
  }

  @Test
  void warnsAboutAWalFileLeftReadableByAnEarlierVersion() throws Exception {
    Path file = dir.resolve("bot.db");
    Database.openSqlite(file).close();
    Path wal =
        Files.createFile(
            dir.resolve("bot.db-wal"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
    try (Database db = Database.openSqlite(file)) {
      write(db, 1);
    }
    assertEquals(
        List.of(
            "The database file "
                + wal
                + " can be read by other users (rw-r-----); to keep it to this user, run: chmod 600 "
                + wal),
        warnings());
  }

  @Test
  void saysNothingWhenItReopensItsOwnPrivateFile() {
    Path file = dir.resolve("data/bot.db");
    Database.openSqlite(file).close();
    try (Database db = Database.openSqlite(file)) {
      write(db, 1);
    }
    assertEquals(List.of(), warnings());
  }

  @Test
  void quotesAPathWithSpacesInTheCommandToRun() throws Exception {
    Path odd = Files.createDirectory(dir.resolve("news bot"));
    Path file =
        Files.createFile(
            odd.resolve("bot.db"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-r--")));
    Files.setPosixFilePermissions(odd, PosixFilePermissions.fromString("rwx------"));
    Database.openSqlite(file).close();
    assertEquals(1, warnings().size(), warnings().toString());
    assertTrue(warnings().get(0).endsWith("run: chmod 600 '" + file + "'"), warnings().toString());
  }

  @Test
  void skipsQuietlyOnAFileSystemWithoutPosixPermissions() throws Exception {
    URI zip = URI.create("jar:" + dir.resolve("db.zip").toUri());
    try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("create", "true"))) {
      Path file = fs.getPath("/data/bot.db");
      PrivateFiles.prepare(file);
      PrivateFiles.prepare(file);
      assertTrue(Files.isDirectory(fs.getPath("/data")));
    }
    assertEquals(List.of(), warnings());
  }
}
