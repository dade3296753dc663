package dev.newsbot.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps a second bot off the same SQLite file: an exclusive lock on {@code <db>.lock}, held while
 * the bot runs and released by the OS when its process ends, however it ends.
 */
public final class InstanceLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code database}, or says why it cannot. */
  public static InstanceLock take(Path database) {
    Path file = Path.of(database.toAbsolutePath() + ".lock");
    try {
      PrivateFiles.prepare(database); // the directory the bot's own (0700), as the database's
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this very process
      }
      if (lock == null) {
        channel.close();
        throw new DatabaseUnusable(
            "another NewsBot is running on "
                + database.toAbsolutePath()
                + " (it holds "
                + file
                + "); stop it first, or give this one its own NEWSBOT_DB",
            null);
      }
      return new InstanceLock(channel, lock);
    } catch (IOException e) {
      throw new DatabaseUnusable(
          "cannot lock the database " + database.toAbsolutePath() + " (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() throws IOException {
    lock.release();
    channel.close();
  }
}
