package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.BotProcess;
import dev.newsbot.testing.FakeSite;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar through a run that makes everything log: Telegram answering 500, 429 and HTML,
 * error descriptions that quote the request URL (as some proxies' do), Telegram going away mid-run,
 * SIGTERM. Its whole output, standard output and error, must not hold the token.
 */
class TokenNeverLoggedIT {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String SECRET =
      FakeTelegram.TOKEN.substring(FakeTelegram.TOKEN.indexOf(':') + 1);
  private static final String JSON = "application/json";
  private static final String HTML_PAGE = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>";

  @TempDir Path dir;

  /** A Bot API error whose description quotes the request, as some proxies' answers do. */
  private static String errorQuoting(int code, String method, String extra) {
    return "{\"ok\":false,\"error_code\":"
        + code
        + ",\"description\":\"Error: POST /bot"
        + FakeTelegram.TOKEN
        + "/"
        + method
        + " failed\""
        + extra
        + "}";
  }

  @Test
  void theTokenAppearsNowhereInTheOutputOfARunFullOfTelegramErrors() throws Exception {
    FakeSite site = FakeSite.start();
    FakeTelegram telegram = FakeTelegram.start();
    try {
      MothershipFeed feed = new MothershipFeed(site.url("/").toString()).add(Stories.HAWKER);
      site.put("/feed/", "application/rss+xml", feed.xml());
      Files.writeString(
          dir.resolve("newsbot.yml"),
          "poll_seconds: 10\nsources:\n  - id: mothership\n    feed: " + site.url("/feed/") + "\n");
      telegram.answerNext("getMe", 500, JSON, errorQuoting(500, "getMe", "")); // retried in 5 s
      telegram.answerNext("getUpdates", 500, JSON, errorQuoting(500, "getUpdates", ""));
      telegram.answerNext(
          "getUpdates",
          429,
          JSON,
          errorQuoting(429, "getUpdates", ",\"parameters\":{\"retry_after\":1}"));
      telegram.answerNext("getUpdates", 200, "text/html", HTML_PAGE);
      telegram.answerNext("sendMessage", 400, JSON, errorQuoting(400, "sendMessage", ""));
      telegram.answerNext(
          "sendMessage",
          429,
          JSON,
          errorQuoting(429, "sendMessage", ",\"parameters\":{\"retry_after\":1}"));
      telegram.answerNext("sendMessage", 502, "text/html", HTML_PAGE);

      String output;
      try (BotProcess bot = BotProcess.startOnTelegram(dir, telegram, Map.of())) {
        awaitGetUpdates(telegram, 4); // three refused, the fourth one waits for news
        telegram.userSends(7, "/help"); // refused with 400, quoting the URL
        telegram.userSends(7, "/help"); // 429; the retry a second later gets a proxy's HTML page
        awaitStderr(bot, "unreadable answer from the Bot API");

        telegram.close(); // getUpdates in flight breaks; the next ones are refused
        awaitStderr(bot, "Caused by: java.net.ConnectException");

        assertEquals(0, bot.terminate(WAIT), "a clean stop exits 0");
        output = bot.stdout() + bot.stderr();
      }

      assertFalse(output.contains(FakeTelegram.TOKEN), output);
      assertFalse(output.contains(SECRET), "the part after the colon leaked:\n" + output);
      // The run did log what it should have, or the checks above prove nothing.
      for (String logged :
          new String[] {
            "Cannot reach Telegram yet", // getMe failing at start
            "Error: POST /bot<token>/getMe failed",
            "Error received from Telegram GetUpdates Request", // the library's polling errors
            "Unable to deserialize response", // the HTML page answering getUpdates
            "Caused by: com.fasterxml.jackson.core.JsonParseException",
            "Error: POST /bot<token>/sendMessage failed", // the quoted URL, masked
            "unreadable answer from the Bot API", // the HTML page answering sendMessage
            "Caused by: java.net.ConnectException", // Telegram gone
            "\tat org.telegram.telegrambots.longpolling.BotSession",
            "NewsBot stopped"
          }) {
        assertTrue(output.contains(logged), "not logged: " + logged + "\n" + output);
      }
      assertEquals(List.of(), telegram.sentTo(7), "every reply was refused");
    } finally {
      site.close();
      telegram.close();
    }
  }

  private static void awaitGetUpdates(FakeTelegram telegram, int calls)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (telegram.calls().stream().filter("getupdates"::equals).count() < calls) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "getUpdates called fewer than " + calls + " times: " + telegram.calls());
      }
      Thread.sleep(50);
    }
  }

  private static void awaitStderr(BotProcess bot, String text) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!bot.stderr().contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("never logged '" + text + "'; stderr:\n" + bot.stderr());
      }
      Thread.sleep(50);
    }
  }
}
