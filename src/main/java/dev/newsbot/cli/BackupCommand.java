package dev.newsbot.cli;

import dev.newsbot.config.AppConfig;
import dev.newsbot.store.Database;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.store.DatabaseUnusable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code backup FILE}: SQLite's online backup, consistent while the bot writes. */
final class BackupCommand implements Subcommand {
  @Override
  public String name() {
    return "backup";
  }

  @Override
  public String help() {
    return "backup FILE\n    copy the database to FILE, also while the bot runs";
  }

  @Override
  public Exit run(List<String> args, Terminal terminal) {
    if (args.size() != 1) {
      terminal.problem("usage: backup FILE (the copy of the database to write)");
      return Exit.USAGE;
    }
    Path target = Path.of(args.get(0)).toAbsolutePath();
    if (Files.exists(target)) {
      terminal.problem(target + " exists already; give a new file to back up to");
      return Exit.USAGE;
    }
    Optional<AppConfig> config = Configs.load(terminal);
    if (config.isEmpty()) {
      return Exit.USAGE;
    }
    if (!(config.get().database() instanceof DatabaseAddress.SqliteFile sqlite)) {
      terminal.problem(
          "backup copies a SQLite file; NEWSBOT_DB is PostgreSQL: back it up with pg_dump");
      return Exit.USAGE;
    }
    Path database = sqlite.file();
    if (!Files.exists(database)) {
      terminal.problem("there is no database at " + database + " (NEWSBOT_DB)");
      return Exit.USAGE;
    }
    try (Database db = Database.openSqlite(database)) {
      db.backupTo(target);
    } catch (DatabaseUnusable e) {
      terminal.problem(e.getMessage());
      return Exit.USAGE;
    } catch (RuntimeException e) {
      terminal.problem("the backup failed: " + e.getMessage());
      return Exit.FAILED;
    }
    terminal.out().println("Backed up " + database + " to " + target);
    return Exit.OK;
  }
}
