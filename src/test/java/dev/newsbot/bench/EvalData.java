package dev.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** Loads the two page sets under {@code ../shared/eval}: readability-pages and trafilatura-eval. */
final class EvalData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalData() {}

  static List<EvalPage> readabilityPages(Path root) throws IOException {
    Path dir = root.resolve("readability-pages");
    List<Path> cases;
    try (Stream<Path> s = Files.list(dir)) {
      cases = s.filter(p -> Files.exists(p.resolve("source.html"))).sorted().toList();
    }
    List<EvalPage> pages = new ArrayList<>();
    for (Path c : cases) {
      JsonNode meta = JSON.readTree(c.resolve("expected-metadata.json").toFile());
      String expected = Jsoup.parse(Files.readString(c.resolve("expected.html"))).text();
      pages.add(
          new EvalPage(
              c.getFileName().toString(),
              c.resolve("source.html"),
              c.resolve("source.html").toUri(),
              expected,
              null,
              null,
              text(meta, "title"),
              text(meta, "byline"),
              date(text(meta, "publishedTime")),
              meta.path("readerable").asBoolean(true)));
    }
    return pages;
  }

  static List<EvalPage> trafilaturaPages(Path root) throws IOException {
    Path dir = root.resolve("trafilatura-eval");
    JsonNode all = JSON.readTree(dir.resolve("evaldata-en.json").toFile());
    List<EvalPage> pages = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : all.properties()) {
      JsonNode v = e.getValue();
      Path file = dir.resolve("html").resolve(v.path("file").asText());
      if (!Files.exists(file)) {
        continue;
      }
      pages.add(
          new EvalPage(
              v.path("file").asText(),
              file,
              url(e.getKey(), file),
              null,
              strings(v.get("with")),
              strings(v.get("without")),
              text(v, "title"),
              text(v, "author"),
              date(text(v, "date")),
              true));
    }
    return pages;
  }

  private static URI url(String key, Path file) {
    try {
      return URI.create(key);
    } catch (IllegalArgumentException e) {
      return file.toUri(); // a few keys are not valid URIs; the file address still resolves links
    }
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node != null) {
      node.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null; // no usable truth for this page
    }
  }
}
