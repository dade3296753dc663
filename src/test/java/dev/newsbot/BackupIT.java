package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.cli.CommandLine;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import dev.newsbot.testing.TestDb;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup FILE} while the bot pushes an article to many chats. */
class BackupIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int CHATS = 300;

  @TempDir Path dir;

  @Test
  void aBackupTakenDuringABroadcastIsAWholeConsistentDatabase() throws Exception {
    try (FakeSite site = FakeSite.start();
        FakeTelegram telegram = FakeTelegram.start()) {
      MothershipFeed feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      feed.publish(site);
      Files.writeString(
          dir.resolve("newsbot.yml"),
          "sources:\n  - id: mothership\n    name: Mothership\n    feed: "
              + site.url("/feed/")
              + "\n");
      TestDb before = new TestDb(dir);
      for (int i = 1; i <= CHATS; i++) {
        before.follows(new ChatId(10_000 + i), "mothership");
      }
      before.db.close();
      Files.move(dir.resolve("test.db"), dir.resolve("bot.db"));

      try (App app = InProcessBot.start(dir, telegram)) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (site.count("/feed/") < 2 && System.nanoTime() < deadline) {
          Thread.sleep(20); // the first read stored the backlog
        }
        feed.add(Stories.FERRY).publish(site);
        while (pushes(telegram) < 40 && System.nanoTime() < deadline) {
          Thread.sleep(10);
        }

        Path copy = dir.resolve("backup.db");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
            CommandLine.run(
                new String[] {"backup", copy.toString()},
                Map.of(
                    "NEWSBOT_CONFIG",
                    dir.resolve("newsbot.yml").toString(),
                    "NEWSBOT_DB",
                    dir.resolve("bot.db").toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        long pushedAfter = pushes(telegram);

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Backed up "), out.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
            Statement s = c.createStatement()) {
          assertEquals("ok", single(s, "PRAGMA integrity_check"));
          // the article and its deliveries were written in one transaction: all or none
          assertEquals(
              String.valueOf(CHATS),
              single(
                  s,
                  "SELECT count(*) FROM deliveries d JOIN articles a ON a.id = d.article_id"
                      + " WHERE a.title LIKE 'Punggol ferry%'"));
          long sent =
              Long.parseLong(single(s, "SELECT count(*) FROM deliveries WHERE state = 'sent'"));
          assertTrue(sent > 0 && sent <= pushedAfter && sent < CHATS, "sent in the copy: " + sent);
        }
        assertTrue(pushedAfter < CHATS, "the broadcast was still running: " + pushedAfter);
      }
    }
  }

  private static long pushes(FakeTelegram telegram) {
    return telegram.sent().stream().filter(s -> s.text().contains("Punggol ferry")).count();
  }

  private static String single(Statement s, String sql) throws Exception {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
