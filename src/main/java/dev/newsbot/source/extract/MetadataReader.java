package dev.newsbot.source.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/** Reads a page's self-description from JSON-LD and meta tags into {@link PageMetadata}. */
final class MetadataReader {
  /**
   * Dublin Core first, as Readability.js orders them: a page that declares it is deliberate about
   * it.
   */
  private static final List<String> TITLE_KEYS =
      List.of(
          "dc:title",
          "dc.title",
          "dcterm:title",
          "dcterms:title",
          "dcterms.title",
          "og:title",
          "twitter:title",
          "parsely-title",
          "sailthru.title",
          "citation_title",
          "title");

  private static final List<String> DESCRIPTION_KEYS =
      List.of(
          "og:description",
          "description",
          "twitter:description",
          "dc.description",
          "dcterms.description",
          "dcterms.abstract",
          "sailthru.description");
  private static final List<String> AUTHOR_KEYS =
      List.of(
          "author",
          "article:author",
          "og:article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "dcterms.creator",
          "citation_author",
          "byl",
          "book:author",
          "author_name");
  private static final List<String> DATE_KEYS =
      List.of(
          "article:published_time",
          "og:article:published_time",
          "article:published",
          "published_time",
          "og:published_time",
          "parsely-pub-date",
          "sailthru.date",
          "dc.date.issued",
          "dc.date",
          "dcterms.issued",
          "dcterms.created",
          "dcterms.date",
          "citation_publication_date",
          "citation_date",
          "citation_online_date",
          "datepublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "article.published",
          "date",
          "dc.date.created");
  private static final List<String> IMAGE_KEYS =
      List.of(
          "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src");
  private static final int MAX_H1S = 5;
  private static final Set<String> ARTICLE_OG_TYPES =
      Set.of("article", "og:article", "blog", "news");

  private static final Evaluator ENTRY =
      QueryParser.parse(
          ".hentry, .h-entry, [itemtype~=(?i)schema\\.org/(Article|NewsArticle|BlogPosting|Report)$]");

  private final JsonLd jsonLd = new JsonLd();

  PageMetadata read(Document doc, URI base, ZoneId zone) {
    Tags tags = Tags.of(doc);
    Map<String, List<String>> meta = metaTags(tags.metas());
    JsonLd.Reading reading = jsonLd.read(tags.scripts());
    JsonLd.Article ld = reading.article();
    List<String> titles = new ArrayList<>();
    for (String key : TITLE_KEYS) {
      for (String value : meta.getOrDefault(key, List.of())) {
        addIfPresent(value, titles);
      }
    }
    String documentTitle = documentTitle(doc);
    if (ld != null && isRelated(ld.headline(), titles, documentTitle, doc)) {
      String headline = Whitespace.collapse(ld.headline());
      titles.remove(headline);
      titles.add(0, headline);
    }
    return new PageMetadata(
        titles,
        documentTitle,
        siteName(meta, ld),
        authors(meta, ld),
        Bylines.names(reading.pageAuthors()),
        published(meta, ld, zone),
        description(meta, ld),
        image(meta, ld, tags.links(), base),
        canonical(tags.links(), meta, base),
        language(doc, tags.metas(), meta, ld),
        ld != null
            || ARTICLE_OG_TYPES.contains(first(meta, "og:type").toLowerCase(Locale.ROOT))
            || marksOneEntry(doc),
        ld == null ? "" : ld.body());
  }

  /**
   * Whether the markup marks exactly one post: one hAtom or microformats2 entry ({@code hentry},
   * {@code h-entry}) or one schema.org article in microdata. Blog engines write these on a post's
   * own page as JSON-LD does on news sites; a blog's front page marks many.
   */
  private static boolean marksOneEntry(Document doc) {
    return doc.selectStream(ENTRY).limit(2).count() == 1; // a second one settles it
  }

  /**
   * Meta tags by lower-cased name, property or itemprop; a key may appear several times (authors).
   * Values given with {@code property}, the attribute OpenGraph and RDFa define, come before those
   * given with {@code name} or {@code itemprop} under the same key.
   */
  /**
   * The page's meta, link and typed script elements, gathered in one walk: a page has thousands of
   * elements, and microdata puts meta elements in the body too.
   */
  private record Tags(List<Element> metas, List<Element> links, List<Element> scripts) {
    static Tags of(Document doc) {
      Tags tags = new Tags(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      NodeTraversor.traverse(
          (node, depth) -> {
            if (node instanceof Element el) {
              switch (el.normalName()) {
                case "meta" -> tags.metas.add(el);
                case "link" -> tags.links.add(el);
                case "script" -> {
                  if (el.hasAttr("type")) {
                    tags.scripts.add(el);
                  }
                }
                default -> {}
              }
            }
          },
          doc);
      return tags;
    }
  }

  private static Map<String, List<String>> metaTags(List<Element> tags) {
    Map<String, List<String>> meta = new HashMap<>();
    for (String attr : List.of("property", "name", "itemprop")) {
      for (Element el : tags) {
        String content = el.hasAttr("content") ? el.attr("content") : el.attr("value");
        content = content.strip();
        if (content.isEmpty()) {
          continue;
        }
        // "property" may hold several space-separated names: "og:title twitter:title"
        for (String key : el.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!key.isEmpty()) {
            meta.computeIfAbsent(key, k -> new ArrayList<>(1)).add(content);
          }
        }
      }
    }
    return meta;
  }

  /**
   * Whether a JSON-LD headline shares at least half its words with the {@code <title>}, a meta
   * title or one of the first {@code h1}s. Some sites put a one-line description there
   * ("constitutional monarchy in Oceania" for a country's page).
   */
  private static boolean isRelated(
      String headline, List<String> titles, String documentTitle, Document doc) {
    Set<String> words = words(headline);
    if (words.isEmpty()) {
      return false;
    }
    List<String> others = new ArrayList<>(titles);
    others.add(documentTitle);
    for (Element h1 : doc.getElementsByTag("h1")) {
      others.add(h1.text());
      if (others.size() > titles.size() + MAX_H1S) {
        break;
      }
    }
    if (others.stream().allMatch(String::isBlank)) {
      return true;
    }
    String compact = BlockFilter.comparable(headline);
    for (String other : others) {
      String otherCompact = BlockFilter.comparable(other);
      if (!otherCompact.isEmpty()
          && (otherCompact.contains(compact) || compact.contains(otherCompact))) {
        return true;
      }
      Set<String> shared = words(other);
      shared.retainAll(words);
      if (shared.size() * 2 >= words.size()) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static String first(Map<String, List<String>> meta, String key) {
    List<String> values = meta.get(key);
    return values == null ? "" : values.get(0);
  }

  private static void addIfPresent(String value, List<String> out) {
    String clean = Whitespace.collapse(value);
    if (!clean.isEmpty() && !out.contains(clean)) {
      out.add(clean);
    }
  }

  private static String documentTitle(Document doc) {
    Element title = doc.head().selectFirst("title");
    if (title == null) {
      title = doc.selectFirst("title");
    }
    return title == null ? "" : Whitespace.collapse(title.text());
  }

  private static String siteName(Map<String, List<String>> meta, JsonLd.Article ld) {
    String name = first(meta, "og:site_name");
    if (name.isEmpty() && ld != null) {
      name = ld.publisher();
    }
    if (name.isEmpty()) {
      name = first(meta, "application-name");
    }
    return Whitespace.collapse(name);
  }

  private static List<String> authors(Map<String, List<String>> meta, JsonLd.Article ld) {
    if (ld != null && !ld.authors().isEmpty()) {
      return Bylines.names(ld.authors());
    }
    for (String key : AUTHOR_KEYS) {
      List<String> values = meta.get(key);
      if (values == null) {
        continue;
      }
      Set<String> names = new LinkedHashSet<>();
      for (String value : values) {
        if (!value.startsWith("http") && !value.startsWith("@") && !value.contains("www.")) {
          names.addAll(Bylines.names(List.of(value)));
        }
      }
      if (!names.isEmpty()) {
        return List.copyOf(names);
      }
    }
    return List.of();
  }

  /**
   * The JSON-LD date, else the first meta date. Many sites write one in UTC and another in local
   * time for the same moment (JSON-LD {@code 2025-04-11T03:40:00Z}, og {@code
   * 2025-04-10T20:40:00-07:00}); then the local one is taken, since only its offset gives the
   * publisher's calendar day.
   */
  private static OffsetDateTime published(
      Map<String, List<String>> meta, JsonLd.Article ld, ZoneId zone) {
    List<OffsetDateTime> dates = new ArrayList<>();
    if (ld != null) {
      DateParser.parse(ld.published(), zone).ifPresent(dates::add);
    }
    for (String key : DATE_KEYS) {
      DateParser.parse(first(meta, key), zone).ifPresent(dates::add);
    }
    if (dates.isEmpty()) {
      return null;
    }
    OffsetDateTime chosen = dates.get(0);
    if (chosen.getOffset().equals(ZoneOffset.UTC)) {
      for (OffsetDateTime date : dates) {
        if (date.isEqual(chosen) && !date.getOffset().equals(ZoneOffset.UTC)) {
          return date;
        }
      }
    }
    return chosen;
  }

  private static String description(Map<String, List<String>> meta, JsonLd.Article ld) {
    if (ld != null && !ld.description().isEmpty()) {
      return Whitespace.collapse(ld.description());
    }
    for (String key : DESCRIPTION_KEYS) {
      String value = first(meta, key);
      if (!value.isEmpty()) {
        return Whitespace.collapse(value);
      }
    }
    return "";
  }

  private static URI image(
      Map<String, List<String>> meta, JsonLd.Article ld, List<Element> links, URI base) {
    for (String key : IMAGE_KEYS) {
      URI uri = resolve(base, first(meta, key));
      if (uri != null) {
        return uri;
      }
    }
    if (ld != null) {
      URI uri = resolve(base, ld.image());
      if (uri != null) {
        return uri;
      }
    }
    for (Element link : links) {
      if (link.attr("rel").equalsIgnoreCase("image_src") && link.hasAttr("href")) {
        return resolve(base, link.attr("href"));
      }
    }
    return null;
  }

  private static URI canonical(List<Element> links, Map<String, List<String>> meta, URI base) {
    for (Element link : links) {
      if (link.attr("rel").equalsIgnoreCase("canonical")) {
        URI uri = resolve(base, link.attr("href"));
        if (uri != null) {
          return uri;
        }
      }
    }
    return resolve(base, first(meta, "og:url"));
  }

  private static String language(
      Document doc, List<Element> metas, Map<String, List<String>> meta, JsonLd.Article ld) {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isBlank()) {
      lang = first(meta, "content-language");
    }
    if (lang.isBlank()) {
      for (Element el : metas) {
        if (el.attr("http-equiv").equalsIgnoreCase("content-language")) {
          lang = el.attr("content");
        }
      }
    }
    if (lang.isBlank() && ld != null) {
      lang = ld.language();
    }
    if (lang.isBlank()) {
      lang = first(meta, "og:locale");
    }
    lang = lang.strip().replace('_', '-');
    return lang.isEmpty() || lang.length() > 35 ? null : lang;
  }

  /** Resolves a page-given address; null when blank, not http(s), or not a valid URI. */
  static URI resolve(URI base, String href) {
    String s = href == null ? "" : href.strip();
    if (s.isEmpty() || s.startsWith("data:")) {
      return null;
    }
    try {
      URI uri = base.resolve(new URI(encode(s)));
      String scheme = uri.getScheme();
      if (scheme == null
          || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("file"))) {
        return null;
      }
      return uri;
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null; // an address we cannot represent: the article goes without it
    }
  }

  private static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        out.append("%20");
      } else if (c == '|' || c == '"' || c == '<' || c == '>' || c == '{' || c == '}' || c == '^'
          || c == '`' || c == '\\') {
        out.append('%').append(String.format("%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
