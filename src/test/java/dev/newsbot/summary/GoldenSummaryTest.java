package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per folder of {@code src/test/resources/summary/}: {@code article.json} (title,
 * standfirst, text) is summarised with the defaults and must give {@code expected.txt} exactly. The
 * articles are invented, written to imitate real page structures. After a deliberate change,
 * rewrite the expectations with {@code -Dsummary.golden.update=true} and review the diff.
 */
class GoldenSummaryTest {
  private static final Path CASES = Path.of("src/test/resources/summary");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  static Stream<Path> cases() throws IOException {
    return Files.list(CASES).filter(Files::isDirectory).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void summarisesAsExpected(Path dir) throws IOException {
    JsonNode article = JSON.readTree(dir.resolve("article.json").toFile());
    String actual =
        summarizer.summarize(
            new SummaryRequest(
                article.path("title").asText(),
                article.path("standfirst").asText(),
                article.path("text").asText()));
    Path expected = dir.resolve("expected.txt");
    if (Boolean.getBoolean("summary.golden.update")) {
      Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8).strip(), actual);
  }
}
