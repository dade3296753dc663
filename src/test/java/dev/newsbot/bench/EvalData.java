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

/**
 * Loads the page sets under {@code ../shared/eval}: readability-pages, the two trafilatura sets and
 * the three WCEB sets.
 */
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
    return trafilaturaPages(root.resolve("trafilatura-eval"), "evaldata-en.json");
  }

  /** {@code trafilatura-eval-rest}: the same format as trafilatura-eval, mostly German pages. */
  static List<EvalPage> trafilaturaRestPages(Path root) throws IOException {
    return trafilaturaPages(root.resolve("trafilatura-eval-rest"), "evaldata-rest.json");
  }

  /**
   * One WCEB set ({@code cleaneval}, {@code cleanportaleval}, {@code dragnet}): {@code
   * html/<id>.html} with the truth text in {@code truth.jsonl}. The files are UTF-8 whatever their
   * meta tag says.
   */
  static List<EvalPage> wcebPages(Path root, String set) throws IOException {
    Path dir = root.resolve("wceb").resolve(set);
    List<EvalPage> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode v = JSON.readTree(line);
      String id = v.path("id").asText();
      Path file = dir.resolve("html").resolve(id + ".html");
      if (!Files.exists(file)) {
        continue;
      }
      String address = text(v, "url") != null ? text(v, "url") : text(v, "page_url");
      pages.add(
          new EvalPage(
              id,
              file,
              address == null ? file.toUri() : url(address, file),
              v.path("text").asText(),
              null,
              null,
              null,
              null,
              null,
              true));
    }
    return pages;
  }

  private static List<EvalPage> trafilaturaPages(Path dir, String truthFile) throws IOException {
    JsonNode all = JSON.readTree(dir.resolve(truthFile).toFile());
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
