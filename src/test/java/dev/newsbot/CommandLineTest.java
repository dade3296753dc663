package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.cli.CommandLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stable commands outside tools call: extract and summarize. */
class CommandLineTest {
  private static final Path PAGE = Path.of("src/test/resources/pages/jsonld-news/source.html");
  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return CommandLine.run(
        args,
        Map.of(),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void extractPrintsOneJsonLinePerFileAndGoesOnAfterAFailure() throws Exception {
    assertEquals(0, run("", "extract", PAGE.toString(), dir.resolve("missing.html").toString()));
    String[] lines = out().split("\n");
    assertEquals(2, lines.length, out());
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals("source.html", first.path("file").asText());
    assertFalse(first.path("title").asText().isEmpty());
    assertTrue(first.path("text").asText().contains("\n\n"), "paragraphs separated by blank lines");
    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertEquals("missing.html", second.path("file").asText());
    assertTrue(second.has("error"));
  }

  @Test
  void summarizeJsonlAnswersEveryLineInOrder() throws Exception {
    String text =
        "The council approved a plan to plant two thousand trees along the river on Tuesday. "
            + "Work will start in March and take about a year. "
            + "Residents said they hoped the shade would make the riverside path usable in the afternoon heat. "
            + "The council will pay for the trees from its parks budget.";
    String input =
        "{\"id\":\"a\",\"title\":\"Trees for the river\",\"text\":\""
            + text
            + "\"}\n"
            + "not json\n"
            + "{\"id\":7,\"title\":\"\",\"text\":\"\"}\n";
    assertEquals(0, run(input, "summarize", "--jsonl"));
    String[] lines = out().split("\n");
    assertEquals(3, lines.length, out());
    ObjectMapper json = new ObjectMapper();
    assertEquals("a", json.readTree(lines[0]).path("id").asText());
    assertTrue(
        json.readTree(lines[0]).path("summary").asText().startsWith("The council approved a plan"),
        lines[0]);
    assertTrue(
        json.readTree(lines[1]).path("error").asText().startsWith("line 2 is not JSON"), lines[1]);
    assertEquals(7, json.readTree(lines[2]).path("id").asInt());
    assertEquals(
        "",
        json.readTree(lines[2]).path("summary").asText(),
        "nothing to summarise gives no summary");
  }

  @Test
  void summarizeFilePrintsTheSummaryOfASavedPage() {
    assertEquals(0, run("", "summarize", PAGE.toString()));
    assertFalse(out().isBlank());
    assertTrue(out().strip().split("\\s+").length <= 80, out());
  }

  @Test
  void summarizeExplainsItsUsage() {
    assertEquals(2, run("", "summarize"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).startsWith("summarize: expected --jsonl or one FILE"));
  }

  @Test
  void summarizeSaysWhenAFileIsNotAnArticle() throws Exception {
    Path home = dir.resolve("home.html");
    Files.writeString(home, "<html><body><nav><a href='/a'>A</a></nav></body></html>");
    assertEquals(1, run("", "summarize", home.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not an article page"));
  }
}
