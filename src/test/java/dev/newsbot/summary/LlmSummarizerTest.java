package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LlmSummarizerTest {
  private static final String KEY = "sk-test-0123456789abcdef";
  private static final SummaryRequest ARTICLE =
      new SummaryRequest(
          "Town council approves new footbridge",
          "Construction starts in May.",
          "The Riverton town council voted 7-2 on Tuesday to build a footbridge across the Lune river.\n\n"
              + "The bridge will cost 4.2 million dollars and link the railway station with the old market.\n\n"
              + "Council leader Mara Olsen said the crossing would cut the walk from the station by ten minutes.\n\n"
              + "Opponents argued that the money should go to repairing roads in the outer districts.\n\n"
              + "Work is due to finish in the spring of next year, weather permitting.");

  private final ExtractiveSummarizer extractive = new ExtractiveSummarizer();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger logger = (Logger) LoggerFactory.getLogger(LlmSummarizer.class);
  private FakeChatServer server;
  private OkHttpClient http;

  @BeforeEach
  void start() throws Exception {
    server = new FakeChatServer();
    http = new OkHttpClient.Builder().readTimeout(10, TimeUnit.SECONDS).build();
    logs.start();
    logger.addAppender(logs);
    logger.setLevel(Level.DEBUG);
  }

  @AfterEach
  void stop() throws Exception {
    logger.detachAppender(logs);
    logger.setLevel(null);
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
    server.close();
  }

  private LlmSummarizer summarizer(Duration timeout) {
    return new LlmSummarizer(
        new LlmConfig(server.baseUrl(), "test-model", Optional.of(KEY)), http, extractive, timeout);
  }

  private LlmSummarizer summarizer() {
    return summarizer(Duration.ofSeconds(5));
  }

  @Test
  void returnsTheModelsAnswerAsOneParagraph() {
    server.reply(
        FakeChatServer.answer(
            "  The council approved a footbridge.\nIt costs 4.2 million dollars.  "));

    assertEquals(
        "The council approved a footbridge. It costs 4.2 million dollars.",
        summarizer().summarize(ARTICLE));
  }

  @Test
  void postsModelAndMessagesToChatCompletionsWithBearerKey() throws Exception {
    summarizer().summarize(ARTICLE);

    FakeChatServer.Received r = server.received().get(0);
    assertEquals("POST", r.method());
    assertEquals("/v1/chat/completions", r.path());
    assertEquals("Bearer " + KEY, r.authorization());
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertEquals("test-model", body.get("model").asText());
    assertEquals("system", body.at("/messages/0/role").asText());
    assertEquals(LlmSummarizer.SYSTEM_PROMPT, body.at("/messages/0/content").asText());
    assertEquals("user", body.at("/messages/1/role").asText());
    assertTrue(
        body.at("/messages/1/content")
            .asText()
            .startsWith(
                "Title: Town council approves new footbridge\nStandfirst: Construction starts in May.\n\nThe Riverton"));
  }

  @Test
  void sendsNoAuthorizationWithoutKey() {
    new LlmSummarizer(new LlmConfig(server.baseUrl(), "local", Optional.empty()), http, extractive)
        .summarize(ARTICLE);

    assertEquals(null, server.received().get(0).authorization());
  }

  @Test
  void usesAFullEndpointUrlAsGiven() {
    var config =
        new LlmConfig(
            server.baseUrl().resolve("/openai/deployments/x/chat/completions"),
            "m",
            Optional.empty());

    new LlmSummarizer(config, http, extractive).summarize(ARTICLE);

    assertEquals("/openai/deployments/x/chat/completions", server.received().get(0).path());
  }

  @Test
  void fallsBackToExtractiveOnServerError() {
    server.reply(FakeChatServer.json(500, "{\"error\":{\"message\":\"overloaded\"}}"));

    assertEquals(extractive.summarize(ARTICLE), summarizer().summarize(ARTICLE));
  }

  @Test
  void fallsBackToExtractiveOnTimeout() {
    server.reply(FakeChatServer.slow(3_000, FakeChatServer.answer("Too late.")));

    long start = System.nanoTime();
    String summary = summarizer(Duration.ofMillis(300)).summarize(ARTICLE);

    assertEquals(extractive.summarize(ARTICLE), summary);
    assertTrue(System.nanoTime() - start < 2_500_000_000L, "gave up at the deadline");
  }

  @Test
  void fallsBackToExtractiveOnGarbageJson() {
    server.reply(FakeChatServer.json(200, "<html>Bad gateway</html>"));

    assertEquals(extractive.summarize(ARTICLE), summarizer().summarize(ARTICLE));
  }

  @Test
  void fallsBackToExtractiveOnEmptyChoices() {
    server.reply(
        FakeChatServer.json(200, "{\"id\":\"x\",\"object\":\"chat.completion\",\"choices\":[]}"));

    assertEquals(extractive.summarize(ARTICLE), summarizer().summarize(ARTICLE));
  }

  @Test
  void fallsBackToExtractiveOnBlankAnswer() {
    server.reply(FakeChatServer.answer("  \n "));

    assertEquals(extractive.summarize(ARTICLE), summarizer().summarize(ARTICLE));
  }

  @Test
  void neverSendsTextWithoutAnArticle() {
    String summary =
        summarizer()
            .summarize(new SummaryRequest("Cookies", "", "We use cookies. Accept all cookies?"));

    assertEquals("", summary);
    assertTrue(server.received().isEmpty());
  }

  @Test
  void logsAnOutageOnceWhenItStartsAndOnceWhenItEnds() {
    LlmSummarizer llm = summarizer();
    server.reply(FakeChatServer.json(503, "{}"));
    llm.summarize(ARTICLE);
    llm.summarize(ARTICLE);
    llm.summarize(ARTICLE);
    server.reply(FakeChatServer.answer("Back."));
    llm.summarize(ARTICLE);
    llm.summarize(ARTICLE);

    assertEquals(List.of("WARN", "INFO"), levelsAbove(Level.DEBUG));
    assertTrue(
        logs.list.get(0).getFormattedMessage().endsWith("HTTP 503: {}"),
        logs.list.get(0).getFormattedMessage());
  }

  @Test
  void logsANewOutageAfterRecovery() {
    LlmSummarizer llm = summarizer();
    server.reply(FakeChatServer.json(500, "{}"));
    llm.summarize(ARTICLE);
    server.reply(FakeChatServer.answer("Back."));
    llm.summarize(ARTICLE);
    server.reply(FakeChatServer.json(500, "{}"));
    llm.summarize(ARTICLE);

    assertEquals(List.of("WARN", "INFO", "WARN"), levelsAbove(Level.DEBUG));
  }

  @Test
  void neverLogsTheApiKey() {
    server.reply(
        FakeChatServer.json(
            401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));
    summarizer().summarize(ARTICLE);
    server.reply(FakeChatServer.json(400, "{\"error\":\"bad key " + KEY + "\"}"));
    summarizer().summarize(ARTICLE);

    assertFalse(logs.list.isEmpty());
    for (ILoggingEvent e : logs.list) {
      assertFalse(e.getFormattedMessage().contains(KEY), e.getFormattedMessage());
    }
  }

  private List<String> levelsAbove(Level level) {
    return logs.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO) && e.getLevel() != level)
        .map(e -> e.getLevel().toString())
        .toList();
  }
}
