package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under {@code pages/} holds a page we wrote ({@code source.html}, in
 * whatever charset its meta tag claims) and what a reader should get from it ({@code
 * expected.json}).
 */
class ExtractionGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ArticleExtractor extractor = new ArticleExtractor();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path pages = Path.of(ExtractionGoldenTest.class.getResource("/pages").toURI());
    try (Stream<Path> dirs = Files.list(pages)) {
      return dirs.filter(d -> Files.exists(d.resolve("expected.json"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extractsWhatAReaderSees(Path dir) throws IOException {
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    URI url = URI.create(expected.path("url").asText());
    ZoneId zone = ZoneId.of(expected.path("zone").asText("UTC"));

    Optional<ExtractedArticle> found =
        extractor.extract(Files.readAllBytes(dir.resolve("source.html")), null, url, zone);

    if (!expected.path("article").asBoolean(true)) {
      assertTrue(found.isEmpty(), () -> "expected no article, got: " + found.get().title());
      return;
    }
    ExtractedArticle article = found.orElseThrow(() -> new AssertionError("no article extracted"));
    assertEquals(expected.path("title").asText(), article.title(), "title");
    assertEquals(strings(expected.path("authors")), article.authors(), "authors");
    assertEquals(
        nullable(expected, "published"),
        article.published() == null
            ? null
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.published()),
        "published");
    assertEquals(expected.path("excerpt").asText(), article.excerpt(), "excerpt");
    assertEquals(
        nullable(expected, "image"),
        article.image() == null ? null : article.image().toString(),
        "image");
    assertEquals(
        nullable(expected, "canonicalUrl"),
        article.canonicalUrl() == null ? null : article.canonicalUrl().toString(),
        "canonical URL");
    assertEquals(nullable(expected, "language"), article.language(), "language");
    assertEquals(String.join("\n\n", strings(expected.path("body"))), article.text(), "body text");
    for (String junk : strings(expected.path("absent"))) {
      assertFalse(article.text().contains(junk), () -> "body should not contain: " + junk);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String nullable(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
