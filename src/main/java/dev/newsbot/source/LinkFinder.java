package dev.newsbot.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds article links on a listing page: those a CSS selector picks, or else same-site links that
 * look like articles (a dated path, a slug of several words, a long numeric id, a headline for
 * anchor text), outside navigation, headers and footers. In page order, without repeats.
 */
final class LinkFinder {
  private static final Pattern DATE_IN_PATH =
      Pattern.compile("/(19|20)\\d\\d/(0?[1-9]|1[0-2])(/|$)|/(19|20)\\d\\d-\\d\\d-\\d\\d");
  private static final Pattern LONG_ID = Pattern.compile("\\d{5,}");
  private static final Pattern NOT_ARTICLE =
      Pattern.compile(
          "/(tags?|topics?|category|categories|section|author|authors|page|search|login|signin|register|"
              + "subscribe|account|about|about-us|contact|privacy|terms|cookies?|feed|rss|newsletters?|"
              + "video|videos|podcasts?|gallery|galleries|live|events?|jobs|shop|advertise)(/|$)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FILE =
      Pattern.compile(
          "\\.(xml|rss|jpg|jpeg|png|gif|webp|svg|pdf|zip|mp3|mp4|css|js)$",
          Pattern.CASE_INSENSITIVE);

  private LinkFinder() {}

  /** The article links of {@code page}, absolute. */
  static List<URI> find(Document page, String selector, URI base) {
    Set<URI> links = new LinkedHashSet<>();
    if (selector != null) {
      for (Element el : page.select(selector)) {
        Element a = el.is("a[href]") ? el : el.selectFirst("a[href]");
        URI uri = a == null ? null : absolute(a);
        if (uri != null) {
          links.add(uri);
        }
      }
      return new ArrayList<>(links);
    }
    String site = bareHost(base);
    Elements anchors = page.select("body a[href]");
    for (Element a : anchors) {
      if (a.closest(
              "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]")
          != null) {
        continue;
      }
      URI uri = absolute(a);
      if (uri != null && bareHost(uri).equals(site) && looksLikeArticle(uri, a.text())) {
        links.add(uri);
      }
    }
    return new ArrayList<>(links);
  }

  static boolean looksLikeArticle(URI uri, String anchorText) {
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (path.length() <= 1 || NOT_ARTICLE.matcher(path).find() || FILE.matcher(path).find()) {
      return false;
    }
    String[] segments = path.replaceAll("/+$", "").split("/");
    String last = segments[segments.length - 1].replaceAll("\\.html?$", "");
    boolean slug = last.split("[-_]").length >= 3;
    boolean headline = isHeadlineLength(anchorText) && segments.length >= 2;
    return DATE_IN_PATH.matcher(path).find() || slug || LONG_ID.matcher(last).find() || headline;
  }

  /** Five words or more, or ten CJK characters, written without spaces: "宏茂桥巴士转换站延长营业时间". */
  private static boolean isHeadlineLength(String text) {
    long cjk = text.codePoints().filter(LinkFinder::isCjk).count();
    return cjk >= 10 || text.strip().split("\\s+").length >= 5;
  }

  private static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  private static URI absolute(Element a) {
    String href = a.absUrl("href");
    if (href.isEmpty()) {
      return null;
    }
    try {
      URI uri = URI.create(href.replace(" ", "%20"));
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? UrlNormalizer.clean(uri)
          : null;
    } catch (IllegalArgumentException e) {
      return null; // a malformed link is skipped, the rest of the page is read
    }
  }

  private static String bareHost(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  /**
   * The feed a page announces with {@code <link rel="alternate" type="application/rss+xml">}, or
   * null.
   */
  static URI announcedFeed(Document page) {
    for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("rss") || type.contains("atom") || type.equals("application/rdf+xml")) {
        String href = link.absUrl("href");
        if (!href.isEmpty()) {
          try {
            return URI.create(href);
          } catch (IllegalArgumentException e) {
            // a malformed link: look for the next one
          }
        }
      }
    }
    return null;
  }
}
