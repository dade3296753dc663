package dev.newsbot.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The encoder configured in src/main/resources/logback.xml, fed events that carry the token. */
class LogMaskingTest {
  private static final String TOKEN = "4242:fake-token-for-tests";
  private static final String SECRET = "fake-token-for-tests";
  private static final String URL = "http://127.0.0.1:8081/bot" + TOKEN + "/getupdates";

  private static String encode(ILoggingEvent event) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("text");
    return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
  }

  private static LoggingEvent event(String message, Throwable thrown, Object... arguments) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    return new LoggingEvent(
        LogMaskingTest.class.getName(),
        context.getLogger("org.telegram.telegrambots.longpolling.BotSession"),
        Level.ERROR,
        message,
        thrown,
        arguments);
  }

  @Test
  void masksTheTokenInTheMessageAndItsArguments() {
    String line = encode(event("Calling " + URL + " failed: {}", null, URL));
    assertFalse(line.contains(SECRET), line);
    assertTrue(line.contains("Calling http://127.0.0.1:8081/bot<token>/getupdates failed"), line);
  }

  @Test
  void masksTheTokenInAStackTraceWithItsCausesAndSuppressedExceptions() {
    IOException thrown =
        new IOException("POST " + URL, new ConnectException("Failed to connect to " + URL));
    IllegalStateException suppressed = new IllegalStateException("closing " + URL);
    suppressed.addSuppressed(new IOException("nested " + URL));
    thrown.addSuppressed(suppressed);

    String text = encode(event("Error received from Telegram GetUpdates Request", thrown));

    assertFalse(text.contains(SECRET), text);
    assertTrue(text.contains("java.io.IOException: POST http://127.0.0.1:8081/bot<token>/"), text);
    assertTrue(text.contains("Caused by: java.net.ConnectException: Failed to connect to"), text);
    assertTrue(text.contains("Suppressed: java.lang.IllegalStateException: closing"), text);
    assertTrue(text.contains("Suppressed: java.io.IOException: nested"), text);
    assertTrue(text.contains("\tat dev.newsbot.logging.LogMaskingTest"), text);
    assertEquals(
        1, text.split("java.io.IOException: POST", -1).length - 1, "printed once:\n" + text);
  }

  @Test
  void writesALineWithoutAnExceptionAsTheMessageAndANewline() {
    LoggingEvent event = event("Connected to Telegram as @{}", null, "newsbot_test_bot");
    event.setThreadName("main");
    String line = encode(event);
    assertTrue(
        line.matches(
            "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} ERROR \\[main\\] BotSession"
                + " - Connected to Telegram as @newsbot_test_bot\n"),
        line);
  }

  @Test
  void masksTheTokenInTheThreadName() {
    LoggingEvent event = event("Sent", null);
    event.setThreadName("OkHttp " + URL);
    String line = encode(event);
    assertFalse(line.contains(SECRET), line);
    assertTrue(line.contains("[OkHttp http://127.0.0.1:8081/bot<token>/getupdates]"), line);
  }

  @Test
  void masksATokenOnItsOwnSuchAsALibrarysToString() {
    // Shaped like BotFather's tokens, but made up here (and not written out whole in the source).
    String real = "7012345678" + ":" + "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_";
    String line = encode(event("Stopping {}", null, "BotSession(botToken=" + real + ")"));
    assertFalse(line.contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw_"), line);
    assertTrue(line.contains("Stopping BotSession(botToken=<token>)"), line);
  }

  @Test
  void theJsonFormatIsOneObjectALineWithTheTokenMaskedEverywhere() throws Exception {
    MaskingJsonEncoder json = new MaskingJsonEncoder();
    json.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
    json.start();
    IOException thrown =
        new IOException("POST " + URL, new ConnectException("Failed to connect to " + URL));
    LoggingEvent event = event("Calling {} failed", thrown, URL);
    event.setThreadName("telegram-polling");

    String line = new String(json.encode(event), StandardCharsets.UTF_8);

    assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
    assertFalse(line.contains(SECRET), line);
    com.fasterxml.jackson.databind.JsonNode node =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
    assertEquals("ERROR", node.path("level").asText());
    assertEquals("telegram-polling", node.path("threadName").asText());
    assertEquals(
        "org.telegram.telegrambots.longpolling.BotSession", node.path("loggerName").asText());
    assertEquals(
        "Calling http://127.0.0.1:8081/bot<token>/getupdates failed",
        node.path("formattedMessage").asText());
    assertEquals(
        "POST http://127.0.0.1:8081/bot<token>/getupdates",
        node.path("throwable").path("message").asText(),
        line);
  }
}
