package dev.newsbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return run(new ExtractCommand(), args);
  }

  private int run(ExtractCommand command, String... args) {
    return command
        .run(
            List.of(args),
            new Terminal(
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()))
        .code();
  }

  private List<JsonNode> lines() throws IOException {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static Path page(String name) throws Exception {
    return Path.of(ExtractCommandTest.class.getResource("/pages/" + name + "/source.html").toURI());
  }

  @Test
  void printsOneJsonLinePerFileAndCarriesOnAfterErrors() throws Exception {
    int code =
        run(
            "--zone",
            "Asia/Singapore",
            page("mothership-style").toString(),
            dir.resolve("missing.html").toString(),
            page("listing-home").toString());

    assertEquals(0, code);
    List<JsonNode> lines = lines();
    assertEquals(3, lines.size());
    JsonNode article = lines.get(0);
    assertEquals("source.html", article.get("file").asText());
    assertEquals(
        "Hawker centre pigeons learn to open tray-return gates, cleaners baffled",
        article.get("title").asText());
    assertEquals("Clementine Oei", article.get("author").asText());
    assertEquals("2021-09-20T19:19:00+08:00", article.get("published").asText());
    assertEquals("Smart birds.", article.get("excerpt").asText());
    assertTrue(
        article.get("text").asText().contains("\n\n## Gates were meant to keep birds out\n\n"));
    assertEquals("missing.html", lines.get(1).get("file").asText());
    assertTrue(lines.get(1).get("error").asText().startsWith("cannot read: "));
    assertEquals("not an article", lines.get(2).get("error").asText());
  }

  @Test
  void printsThePublishersOwnDayAndOffset() throws Exception {
    assertEquals(0, run(page("jsonld-evening-western").toString()));

    assertEquals("2026-11-22T20:00:00-05:00", lines().get(0).get("published").asText());
  }

  @Test
  void printsSecondsAndZForAWholeMinuteInUtc() throws Exception {
    assertEquals(0, run(page("opengraph-only").toString()));

    assertEquals("2022-03-07T08:30:00Z", lines().get(0).get("published").asText());
  }

  @Test
  void usesTheGivenUrlForRelativeLinks() throws Exception {
    Path file = dir.resolve("story.html");
    Files.writeString(
        file,
        "<html><head><meta property=\"og:type\" content=\"article\"><meta property=\"og:image\" content=\"/img/a.jpg\"><title>Night buses return to"
            + " the valley</title></head><body><h1>Night buses return to the valley</h1><p>From Friday two night"
            + " buses will again link the valley towns with the city centre, after a two-year gap caused by a lack of"
            + " drivers. The operator said it had trained eleven new drivers over the winter and expected to add a"
            + " third route by the autumn if passenger numbers hold up.</p></body></html>");

    assertEquals(0, run("--url", "https://buses.example/news/night", file.toString()));

    JsonNode line = lines().get(0);
    assertEquals("https://buses.example/img/a.jpg", line.get("image").asText());
    assertTrue(line.get("author").isNull());
    assertTrue(line.get("published").isNull());
  }

  @Test
  void keepsTheOrderOfTheFilesWhenSeveralWorkersExtract() throws Exception {
    List<String> files = new java.util.ArrayList<>();
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      Path file = dir.resolve("story-" + i + ".html");
      if (i % 7 == 3) {
        expected.add("missing " + file.getFileName()); // an error line keeps its place too
      } else {
        // pages of very different lengths, so that later files often finish first
        Files.writeString(file, storyPage(i, i % 5 == 0 ? 400 : 2));
        expected.add("Ferry number " + i + " returns to the harbour");
      }
      files.add(file.toString());
    }

    assertEquals(0, run(new ExtractCommand(4), files.toArray(String[]::new)));

    assertEquals(
        expected,
        lines().stream()
            .map(
                l -> l.has("title") ? l.get("title").asText() : "missing " + l.get("file").asText())
            .toList());
  }

  private static String storyPage(int number, int paragraphs) {
    StringBuilder page =
        new StringBuilder("<html><head><meta property=\"og:type\" content=\"article\"><title>")
            .append("Ferry number ")
            .append(number)
            .append(" returns to the harbour</title></head><body><h1>Ferry number ")
            .append(number)
            .append(" returns to the harbour</h1>");
    for (int p = 0; p < paragraphs; p++) {
      page.append(
              "<p>The old ferry made its first crossing of the year on Saturday morning, paragraph ")
          .append(p)
          .append(
              ", carrying commuters, cyclists and a school choir across the bay while the harbour")
          .append(" master counted the passengers and the cafe on the pier sold out of buns.</p>");
    }
    return page.append("</body></html>").toString();
  }

  @Test
  void rejectsAnUnknownOptionWithUsage() {
    assertEquals(2, run("--fast", "a.html"));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(
        message.startsWith("extract: unknown option: --fast\nusage: extract [--url URL]"), message);
  }

  @Test
  void rejectsARunWithoutFiles() {
    assertEquals(2, run("--zone", "UTC"));
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("extract: no FILE given\n"));
  }

  @Test
  void rejectsAnUnknownZone() {
    assertEquals(2, run("--zone", "Mars/Olympus", "a.html"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8)
            .startsWith("extract: --zone is not a time zone: Mars/Olympus\n"));
  }

  @Test
  void saysWhenAFileIsNotAnHtmlPage() throws Exception {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
            + "<title>Valley News</title><item><title>Night buses return</title>"
            + "<description><![CDATA[<p>From Friday two night buses run again.</p>]]></description>"
            + "</item></channel></rss>");
    Path atom = dir.resolve("atom.xml");
    Files.writeString(
        atom, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Valley News</title></feed>");
    Path old = dir.resolve("rss091.xml");
    Files.writeString(
        old,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS"
            + " 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
            + "<rss version=\"0.91\"><channel><title>Valley News</title></channel></rss>");
    Path noise = dir.resolve("noise.bin");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    Files.write(noise, bytes);
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "Night buses return to the valley on Friday.\nTwo routes.\n");
    Path empty = dir.resolve("empty.html");
    Files.write(empty, new byte[0]);

    assertEquals(
        0,
        run(
            feed.toString(),
            atom.toString(),
            old.toString(),
            noise.toString(),
            text.toString(),
            empty.toString()));

    assertEquals(
        List.of(
            "not an HTML page (an RSS or Atom feed)",
            "not an HTML page (an RSS or Atom feed)",
            "not an HTML page (an RSS or Atom feed)",
            "not an HTML page (binary data)",
            "not an HTML page (no HTML tags near its start)",
            "the file is empty"),
        lines().stream().map(l -> l.get("error").asText()).toList());
    assertTrue(lines().stream().noneMatch(l -> l.has("title")), out.toString());
  }
}
