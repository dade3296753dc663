package dev.newsbot.source.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

/**
 * Reads the schema.org article a page describes in its JSON-LD scripts: a top-level object, an
 * array, or an {@code @graph}, with {@code @type} as a string or an array and authors given inline
 * or by {@code @id}.
 */
final class JsonLd {
  /**
   * The article types of schema.org; a page's WebPage or Organization objects are not the article.
   */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "Article",
          "NewsArticle",
          "AnalysisNewsArticle",
          "AskPublicNewsArticle",
          "BackgroundNewsArticle",
          "OpinionNewsArticle",
          "ReportageNewsArticle",
          "ReviewNewsArticle",
          "SatiricalArticle",
          "ScholarlyArticle",
          "MedicalScholarlyArticle",
          "SocialMediaPosting",
          "BlogPosting",
          "LiveBlogPosting",
          "DiscussionForumPosting",
          "TechArticle",
          "APIReference",
          "Report",
          "AdvertiserContentArticle");

  /** The article object (or null), and the page's authors when there is none. */
  record Reading(Article article, List<String> pageAuthors) {
    Reading {
      pageAuthors = List.copyOf(pageAuthors);
    }
  }

  /** What one article object says. Any field may be empty. */
  record Article(
      String headline,
      List<String> authors,
      String published,
      String description,
      String image,
      String publisher,
      String language,
      String body) {
    Article {
      authors = List.copyOf(authors);
    }
  }

  private final ObjectMapper mapper;

  JsonLd() {
    // Publishers' JSON-LD is often hand-templated: trailing commas, comments and raw newlines are
    // common.
    this.mapper =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
  }

  /**
   * What the page's JSON-LD says, read from its {@code script} elements that have a type: its first
   * article object (null when there is none) and, on pages without one, the authors of the WebPage
   * object (WordPress SEO plugins write the post's author there on pages they do not call
   * articles).
   */
  Reading read(List<Element> scripts) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : scripts) {
      if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        parse(script.data(), objects);
      }
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode node : objects) {
      String id = node.path("@id").asText("");
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, node);
      }
    }
    for (JsonNode node : objects) {
      if (isArticle(node)) {
        return new Reading(article(node, byId), List.of());
      }
    }
    for (JsonNode node : objects) {
      if (isWebPage(node) && node.has("author")) {
        return new Reading(null, authors(node.get("author"), byId));
      }
    }
    return new Reading(null, List.of());
  }

  private void parse(String data, List<JsonNode> out) {
    String json = data.strip();
    if (json.startsWith("<!--")) {
      json = json.substring(4);
    }
    json = json.replace("<![CDATA[", "").replace("]]>", "").replace("-->", "").strip();
    if (json.startsWith("//")) {
      json = json.substring(json.indexOf('\n') + 1);
    }
    if (json.isEmpty()) {
      return;
    }
    try {
      flatten(mapper.readTree(json), out, 0);
    } catch (JsonProcessingException e) {
      // Broken JSON-LD is common and costs us nothing: meta tags and the page itself remain to
      // read.
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        flatten(item, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject()) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(JsonNode node) {
    return hasType(node, ARTICLE_TYPES::contains);
  }

  /** A WebPage or one of its kinds: ItemPage, ProfilePage, CollectionPage... */
  private static boolean isWebPage(JsonNode node) {
    return hasType(node, type -> type.endsWith("Page"));
  }

  private static boolean hasType(JsonNode node, Predicate<String> wanted) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (wanted.test(bare(t.asText()))) {
          return true;
        }
      }
      return false;
    }
    return wanted.test(bare(type.asText()));
  }

  /**
   * "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".
   */
  private static String bare(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return cut >= 0 ? type.substring(cut + 1) : type;
  }

  private static Article article(JsonNode node, Map<String, JsonNode> byId) {
    String headline = text(node.get("headline"));
    if (headline.isEmpty()) {
      headline = text(node.get("name"));
    }
    String published = text(node.get("datePublished"));
    if (published.isEmpty()) {
      published = text(node.get("dateCreated"));
    }
    return new Article(
        headline,
        authors(node.has("author") ? node.get("author") : node.get("creator"), byId),
        published,
        text(node.get("description")),
        image(node.get("image")),
        name(resolve(node.get("publisher"), byId)),
        text(node.get("inLanguage")),
        node.path("articleBody").isTextual() ? node.get("articleBody").asText() : "");
  }

  private static List<String> authors(JsonNode node, Map<String, JsonNode> byId) {
    List<String> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(items::add);
    } else if (node != null) {
      items.add(node);
    }
    for (JsonNode item : items) {
      JsonNode resolved = resolve(item, byId);
      String name = resolved.isTextual() ? resolved.asText().strip() : name(resolved);
      if (name.isEmpty() || name.startsWith("http")) {
        continue;
      }
      boolean organisation = resolved.path("@type").asText("").contains("Organization");
      (organisation ? organisations : people).add(name);
    }
    return people.isEmpty() ? organisations : people;
  }

  private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
    if (node == null) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (node.isObject() && node.size() == 1 && node.has("@id")) {
      JsonNode target = byId.get(node.get("@id").asText());
      return target != null ? target : node;
    }
    return node;
  }

  private static String name(JsonNode node) {
    if (node.isArray() && !node.isEmpty()) {
      return name(node.get(0));
    }
    String name = text(node.get("name"));
    if (name.isEmpty()) {
      String given = text(node.get("givenName"));
      String family = text(node.get("familyName"));
      name = (given + " " + family).strip();
    }
    return name;
  }

  private static String image(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "" : image(node.get(0));
    }
    if (node.isObject()) {
      String url = text(node.get("url"));
      return url.isEmpty() ? text(node.get("contentUrl")) : url;
    }
    return text(node);
  }

  private static String text(JsonNode node) {
    if (node == null) {
      return "";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "" : text(node.get(0));
    }
    if (node.isObject()) {
      return text(node.get("@value"));
    }
    return node.isValueNode()
        ? org.jsoup.parser.Parser.unescapeEntities(node.asText(), false).strip()
        : "";
  }
}
