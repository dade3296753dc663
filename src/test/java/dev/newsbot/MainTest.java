package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.cli.CommandLine;
import dev.newsbot.testing.FakeTelegram;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env, String... args) {
    return CommandLine.run(
        args,
        env,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsUsage() {
    assertEquals(0, run(Map.of(), "help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("TELEGRAM_BOT_TOKEN"));
  }

  @Test
  void helpNamesEveryEnvironmentVariableAndVersionPrintsTheBuildsVersion() {
    assertEquals(0, run(Map.of(), "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String variable :
        List.of(
            "TELEGRAM_BOT_TOKEN",
            "TELEGRAM_API_URL",
            "NEWSBOT_CONFIG",
            "NEWSBOT_DB",
            "ADMIN_CHAT_IDS",
            "NEWSBOT_LLM_URL",
            "NEWSBOT_LLM_MODEL",
            "NEWSBOT_LLM_API_KEY")) {
      assertTrue(help.contains(variable), variable);
    }
    out.reset();
    assertEquals(0, run(Map.of(), "--version"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8).matches("newsbot \\d+\\.\\d+\\.\\d+.*\\R"),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertEquals(2, run(Map.of(), "frobnicate"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).startsWith("newsbot: unknown command 'frobnicate'"));
  }

  @Test
  void aDatabaseThatIsNotSqliteIsOneLineAndAUsageError() throws Exception {
    Files.writeString(
        dir.resolve("ok.yml"), "sources:\n  - id: a\n    feed: http://127.0.0.1:9/feed\n");
    Path notSqlite = dir.resolve("notes.db");
    Files.writeString(notSqlite, "these are my notes, not a database ".repeat(100));
    assertEquals(
        2,
        run(
            Map.of(
                "NEWSBOT_CONFIG", dir.resolve("ok.yml").toString(),
                "NEWSBOT_DB", notSqlite.toString())));
    String text = err.toString(StandardCharsets.UTF_8);
    assertTrue(text.startsWith("newsbot: cannot use the database " + notSqlite), text);
    assertTrue(text.contains("is it a NewsBot SQLite file?"), text);
    assertEquals(1, text.strip().lines().count(), text);
  }

  @Test
  void backupCopiesTheDatabaseAndRefusesToOverwrite() throws Exception {
    Files.writeString(
        dir.resolve("ok.yml"), "sources:\n  - id: a\n    feed: http://127.0.0.1:9/feed\n");
    Path db = dir.resolve("bot.db");
    dev.newsbot.testing.TestDb store = new dev.newsbot.testing.TestDb(dir);
    store.subscribers.subscribe(new dev.newsbot.subscription.ChatId(42));
    store.db.close(); // the last connection closed: SQLite folds the WAL into the file
    Files.move(dir.resolve("test.db"), db);
    Map<String, String> env =
        Map.of("NEWSBOT_CONFIG", dir.resolve("ok.yml").toString(), "NEWSBOT_DB", db.toString());
    Path copy = dir.resolve("copy.db");
    assertEquals(0, run(env, "backup", copy.toString()), err.toString(StandardCharsets.UTF_8));
    try (dev.newsbot.store.Database restored = dev.newsbot.store.Database.openSqlite(copy)) {
      assertTrue(
          new dev.newsbot.store.SqlSubscriberStore(restored, java.time.Clock.systemUTC())
              .isActive(new dev.newsbot.subscription.ChatId(42)));
    }
    assertEquals(2, run(env, "backup", copy.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("exists already"));
  }

  @Test
  void checkTriesEverySourceOnceAndSaysWhichCannotBeRead() throws Exception {
    try (dev.newsbot.testing.FakeSite site = dev.newsbot.testing.FakeSite.start()) {
      site.put(
          "/good.xml",
          "application/rss+xml",
          new dev.newsbot.testing.MothershipFeed(site.url("/").toString())
              .add(dev.newsbot.testing.Stories.HAWKER)
              .xml());
      site.fail("/gone.xml", 404);
      site.put("/page.html", "text/html", "<html><body><p>No feed here</p></body></html>");
      Files.writeString(
          dir.resolve("check.yml"),
          "sources:\n"
              + "  - id: good\n    feed: "
              + site.url("/good.xml")
              + "\n"
              + "  - id: gone\n    feed: "
              + site.url("/gone.xml")
              + "\n"
              + "  - id: plain\n    feed: "
              + site.url("/page.html")
              + "\n");
      assertEquals(1, run(Map.of("NEWSBOT_CONFIG", dir.resolve("check.yml").toString()), "check"));
      String table = out.toString(StandardCharsets.UTF_8);
      assertTrue(table.startsWith("The configuration is valid: 3 sources."), table);
      assertTrue(
          table
              .lines()
              .anyMatch(
                  l ->
                      l.startsWith("good")
                          && l.contains("RSS/Atom feed")
                          && l.contains("Tampines hawker centre")),
          table);
      assertTrue(
          table.lines().anyMatch(l -> l.startsWith("gone") && l.contains("PROBLEM: HTTP 404")),
          table);
      assertTrue(
          table.lines().anyMatch(l -> l.startsWith("plain") && l.contains("announces no feed")),
          table);
      assertTrue(table.contains("Some sources cannot be read"), table);

      Files.writeString(
          dir.resolve("good.yml"),
          "sources:\n  - id: good\n    feed: " + site.url("/good.xml") + "\n");
      out.reset();
      assertEquals(0, run(Map.of("NEWSBOT_CONFIG", dir.resolve("good.yml").toString()), "check"));
      assertTrue(out.toString(StandardCharsets.UTF_8).contains("Every source can be read."));
    }
  }

  @Test
  void aSecondBotOnTheSameDatabaseIsRefused() {
    Path db = dir.resolve("bot.db");
    try (dev.newsbot.store.InstanceLock first = dev.newsbot.store.InstanceLock.take(db)) {
      dev.newsbot.store.DatabaseUnusable e =
          org.junit.jupiter.api.Assertions.assertThrows(
              dev.newsbot.store.DatabaseUnusable.class,
              () -> dev.newsbot.store.InstanceLock.take(db));
      assertTrue(e.getMessage().startsWith("another NewsBot is running on " + db), e.getMessage());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    try (dev.newsbot.store.InstanceLock again = dev.newsbot.store.InstanceLock.take(db)) {
      assertTrue(again != null, "released: the next start takes it");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void badConfigIsAUsageErrorListingEveryProblem() throws Exception {
    Path bad = dir.resolve("bad.yml");
    Files.writeString(bad, "poll_seconds: -1\nsources: []\nextra: 1\n");
    assertEquals(2, run(Map.of("NEWSBOT_CONFIG", bad.toString(), "NEWSBOT_HTTP_PORT", "http")));
    assertEquals(
        "newsbot: the configuration has problems:\n"
            + "  - "
            + bad
            + ": unknown key 'extra' (known: channels, digest_check_seconds, fetch, max_backlog,"
            + " max_sources_per_chat, paid_broadcast, poll_seconds, send_rate_per_second, sources,"
            + " summary, time_zone, user_fetch_allow, user_sources)\n"
            + "  - "
            + bad
            + ": poll_seconds must be a whole number of seconds, from 10 to 86400, got '-1'\n"
            + "  - "
            + bad
            + ": 'sources' is empty; list at least one source with id, name and feed (or page)\n"
            + "  - NEWSBOT_HTTP_PORT must be a port number from 0 to 65535 (0: any free port), or"
            + " unset to serve nothing, got 'http'\n",
        err.toString(StandardCharsets.UTF_8),
        "every problem, one a line, and no stack trace");
  }

  @Test
  void aRejectedTokenIsAUsageErrorThatDoesNotPrintTheToken() throws Exception {
    Files.writeString(
        dir.resolve("ok.yml"), "sources:\n  - id: a\n    feed: http://127.0.0.1:9/feed\n");
    try (FakeTelegram telegram = FakeTelegram.start()) {
      int code =
          run(
              Map.of(
                  "NEWSBOT_CONFIG", dir.resolve("ok.yml").toString(),
                  "NEWSBOT_DB", dir.resolve("bot.db").toString(),
                  "TELEGRAM_BOT_TOKEN", "999:wrong-token",
                  "TELEGRAM_API_URL", telegram.url().toString()));
      assertEquals(2, code);
      String text = err.toString(StandardCharsets.UTF_8);
      assertEquals(
          "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized); check the token BotFather gave you\n",
          text);
    }
  }

  @Test
  void aTokenQuotedInTelegramsRefusalIsMaskedOnStandardError() throws Exception {
    Files.writeString(
        dir.resolve("ok.yml"), "sources:\n  - id: a\n    feed: http://127.0.0.1:9/feed\n");
    try (FakeTelegram telegram = FakeTelegram.start()) {
      telegram.answerNext(
          "getMe",
          404,
          "application/json",
          "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: POST /bot"
              + FakeTelegram.TOKEN
              + "/getMe\"}");
      int code =
          run(
              Map.of(
                  "NEWSBOT_CONFIG", dir.resolve("ok.yml").toString(),
                  "NEWSBOT_DB", dir.resolve("bot.db").toString(),
                  "TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN,
                  "TELEGRAM_API_URL", telegram.url().toString()));
      assertEquals(2, code);
      assertEquals(
          "newsbot: Telegram rejected TELEGRAM_BOT_TOKEN (404 Not Found: POST /bot<token>/getMe);"
              + " check the token BotFather gave you\n",
          err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aTokenInTheConfigFileIsNotUsedAndNotPrinted() throws Exception {
    String secret = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_";
    Files.writeString(
        dir.resolve("token.yml"),
        "telegram_bot_token: 7012345678:"
            + secret
            + "\nsources:\n  - id: a\n    feed: http://127.0.0.1:9/feed\n");
    assertEquals(2, run(Map.of("NEWSBOT_CONFIG", dir.resolve("token.yml").toString())));
    assertEquals(
        "newsbot: the configuration has problems:\n  - "
            + dir.resolve("token.yml")
            + ": 'telegram_bot_token': the bot token is not read from the config file; remove it"
            + " from there and put it in .env (or the environment) as TELEGRAM_BOT_TOKEN\n",
        err.toString(StandardCharsets.UTF_8),
        "said once, not also as an unknown key");
  }
}
