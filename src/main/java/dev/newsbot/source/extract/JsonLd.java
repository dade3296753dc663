package dev.newsbot.source.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
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
 *
 * <p>The scripts are read with jackson-jr into plain maps and lists: a page needs no more, and
 * databind's tree model costs a short {@code extract} run a fifth of its time to start.
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

  /**
   * Publishers' JSON-LD is often hand-templated: trailing commas, comments, raw newlines and keys
   * given twice (the last one counts) are common. jackson-jr reads nested values recursively, so
   * the nesting is capped well below what a worker thread's stack holds; JSON-LD is a few levels
   * deep.
   */
  private static final JSON LENIENT =
      JSON.builder(
              JsonFactory.builder()
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                  .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
                  .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .build())
          .build()
          .without(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS);

  /**
   * What the page's JSON-LD says, read from its {@code script} elements that have a type: its first
   * article object (null when there is none) and, on pages without one, the authors of the WebPage
   * object (WordPress SEO plugins write the post's author there on pages they do not call
   * articles).
   */
  Reading read(List<Element> scripts) {
    List<Map<?, ?>> objects = new ArrayList<>();
    for (Element script : scripts) {
      if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        parse(script.data(), objects);
      }
    }
    Map<String, Map<?, ?>> byId = new HashMap<>();
    for (Map<?, ?> node : objects) {
      String id = scalar(node.get("@id"));
      if (!id.isEmpty()) {
        byId.putIfAbsent(id, node);
      }
    }
    for (Map<?, ?> node : objects) {
      if (isArticle(node)) {
        return new Reading(article(node, byId), List.of());
      }
    }
    for (Map<?, ?> node : objects) {
      if (isWebPage(node) && node.containsKey("author")) {
        return new Reading(null, authors(node.get("author"), byId));
      }
    }
    return new Reading(null, List.of());
  }

  private static void parse(String data, List<Map<?, ?>> out) {
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
      flatten(LENIENT.anyFrom(json), out, 0);
    } catch (IOException e) {
      // Broken JSON-LD is common and costs us nothing: meta tags and the page itself remain to
      // read.
    }
  }

  private static void flatten(Object node, List<Map<?, ?>> out, int depth) {
    if (depth > 4) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object item : list) {
        flatten(item, out, depth + 1);
      }
    } else if (node instanceof Map<?, ?> object) {
      out.add(object);
      flatten(object.get("@graph"), out, depth + 1);
      if (object.get("mainEntity") instanceof Map<?, ?> main) {
        flatten(main, out, depth + 1);
      }
    }
  }

  private static boolean isArticle(Map<?, ?> node) {
    return hasType(node, ARTICLE_TYPES::contains);
  }

  /** A WebPage or one of its kinds: ItemPage, ProfilePage, CollectionPage... */
  private static boolean isWebPage(Map<?, ?> node) {
    return hasType(node, type -> type.endsWith("Page"));
  }

  private static boolean hasType(Map<?, ?> node, Predicate<String> wanted) {
    Object type = node.get("@type");
    if (type instanceof List<?> types) {
      for (Object t : types) {
        if (wanted.test(bare(scalar(t)))) {
          return true;
        }
      }
      return false;
    }
    return type != null && wanted.test(bare(scalar(type)));
  }

  /**
   * "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type as "NewsArticle".
   */
  private static String bare(String type) {
    int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
    return cut >= 0 ? type.substring(cut + 1) : type;
  }

  private static Article article(Map<?, ?> node, Map<String, Map<?, ?>> byId) {
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
        authors(node.containsKey("author") ? node.get("author") : node.get("creator"), byId),
        published,
        text(node.get("description")),
        image(node.get("image")),
        name(resolve(node.get("publisher"), byId)),
        text(node.get("inLanguage")),
        node.get("articleBody") instanceof String body ? body : "");
  }

  private static List<String> authors(Object node, Map<String, Map<?, ?>> byId) {
    List<String> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    List<?> items = node instanceof List<?> list ? list : node == null ? List.of() : List.of(node);
    for (Object item : items) {
      Object resolved = resolve(item, byId);
      String name = resolved instanceof String s ? s.strip() : name(resolved);
      if (name.isEmpty() || name.startsWith("http")) {
        continue;
      }
      boolean organisation =
          resolved instanceof Map<?, ?> object
              && scalar(object.get("@type")).contains("Organization");
      (organisation ? organisations : people).add(name);
    }
    return people.isEmpty() ? organisations : people;
  }

  /** The object a lone {@code {"@id": ...}} reference names, when the page has it. */
  private static Object resolve(Object node, Map<String, Map<?, ?>> byId) {
    if (node instanceof Map<?, ?> object && object.size() == 1 && object.containsKey("@id")) {
      Map<?, ?> target = byId.get(scalar(object.get("@id")));
      return target != null ? target : node;
    }
    return node;
  }

  private static String name(Object node) {
    if (node instanceof List<?> list) {
      return list.isEmpty() ? "" : name(list.get(0));
    }
    if (!(node instanceof Map<?, ?> object)) {
      return "";
    }
    String name = text(object.get("name"));
    if (name.isEmpty()) {
      String given = text(object.get("givenName"));
      String family = text(object.get("familyName"));
      name = (given + " " + family).strip();
    }
    return name;
  }

  private static String image(Object node) {
    if (node instanceof List<?> list) {
      return list.isEmpty() ? "" : image(list.get(0));
    }
    if (node instanceof Map<?, ?> object) {
      String url = text(object.get("url"));
      return url.isEmpty() ? text(object.get("contentUrl")) : url;
    }
    return text(node);
  }

  /** A value's text, entities decoded: the first of a list, the {@code @value} of an object. */
  private static String text(Object node) {
    if (node instanceof List<?> list) {
      return list.isEmpty() ? "" : text(list.get(0));
    }
    if (node instanceof Map<?, ?> object) {
      return text(object.get("@value"));
    }
    String scalar = scalar(node);
    return scalar.isEmpty() ? "" : org.jsoup.parser.Parser.unescapeEntities(scalar, false).strip();
  }

  /** A string, number or boolean as written; "" for null, an object or a list. */
  private static String scalar(Object node) {
    return node instanceof String || node instanceof Number || node instanceof Boolean
        ? node.toString()
        : "";
  }
}
