package dev.newsbot.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the database to the bot's user: a new file is created 0600 (SQLite gives its -wal, -shm and
 * -journal files the same mode), a directory the bot creates 0700, and an existing file or
 * directory that other users can read gets a warning saying what to run. File systems without POSIX
 * permissions are left alone, quietly.
 */
final class PrivateFiles {
  private static final Logger log = LoggerFactory.getLogger(PrivateFiles.class);
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final List<String> SQLITE_SIDE_FILES = List.of("-wal", "-shm", "-journal");
  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./@%+=:,-]+");

  private PrivateFiles() {}

  /** Creates {@code database} (and its directory) if missing, or warns if others can read it. */
  static void prepare(Path database) throws IOException {
    Path file = database.toAbsolutePath();
    Path dir = file.getParent();
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      return;
    }
    if (dir != null) {
      if (Files.isDirectory(dir)) {
        warnIfReadable(dir, "directory", "700");
      } else {
        // Every directory created here, parents included, is the bot's own.
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
      }
    }
    try {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
    } catch (FileAlreadyExistsException e) {
      warnIfReadable(file, "file", "600");
      for (String suffix : SQLITE_SIDE_FILES) {
        Path side = file.resolveSibling(file.getFileName() + suffix);
        if (Files.exists(side)) {
          warnIfReadable(side, "file", "600");
        }
      }
    }
  }

  private static void warnIfReadable(Path path, String kind, String mode) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(path);
    } catch (UnsupportedOperationException e) {
      return; // a file system without POSIX permissions mounted inside a POSIX one
    }
    if (permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ)) {
      log.warn(
          "The database {} {} can be read by other users ({}); to keep it to this user, run: chmod"
              + " {} {}",
          kind,
          path,
          PosixFilePermissions.toString(permissions),
          mode,
          shellQuoted(path));
    }
  }

  private static String shellQuoted(Path path) {
    String text = path.toString();
    return SHELL_SAFE.matcher(text).matches() ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
