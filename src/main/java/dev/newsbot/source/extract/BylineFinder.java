package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Finds the byline a page shows when its metadata names no author: {@code rel=author} links, {@code
 * itemprop=author}, {@code address} and elements named byline or author, outside blocks about other
 * stories.
 */
final class BylineFinder {
  private static final Set<String> BYLINE_WORDS =
      Set.of("byline", "author", "authors", "writer", "contributor", "creator");
  private static final int MAX_BYLINE = 100;

  /**
   * {@code [rel=author], [itemprop=author], [class*=byline], [class*=author], [class*=writer],
   * [id*=byline], [data-testid*=byline], address}, as jsoup reads those selectors, but with the
   * class read and lower-cased once per element instead of once per selector.
   */
  private static final Evaluator CANDIDATE =
      new Evaluator() {
        @Override
        public boolean matches(Element root, Element el) {
          if (el.normalName().equals("address")) {
            return true;
          }
          if (el.attributesSize() == 0) {
            return false;
          }
          String names = el.attr("class").toLowerCase(Locale.ENGLISH);
          return names.contains("byline")
              || names.contains("author")
              || names.contains("writer")
              || el.attr("rel").equalsIgnoreCase("author")
              || el.attr("itemprop").equalsIgnoreCase("author")
              || el.attr("id").toLowerCase(Locale.ENGLISH).contains("byline")
              || el.attr("data-testid").toLowerCase(Locale.ENGLISH).contains("byline");
        }
      };

  /** Parsed once: a page can hold thousands of byline candidates. */
  private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

  /**
   * A link to the writer's page inside a byline: its text is the name without the "By" and the date
   * that share the byline ("By<a>Jane Doe</a>Thursday").
   */
  private static final Evaluator PROFILE_LINK =
      QueryParser.parse(
          "a[href~=(?i)/(author|authors|writers?|staff|people|profiles?|contributors?|reporters?"
              + "|newsteam)/]");

  /** An element whose own text opens with a byline label; its name may be in a link inside. */
  private static final Pattern LABEL =
      Pattern.compile("^\\s*(Posted|Written|Words|Story|Text)\\s+by\\b");

  private static final List<String> LABEL_WORDS =
      List.of("Posted", "Written", "Words", "Story", "Text");

  /**
   * A byline line: a label, then one to four capitalised words (or two such names joined by "and"),
   * then perhaps a date after a mark. Not prose going on after a comma: "Written by Jane Doe, the
   * poet, in 1920" (but "Jane Doe, staff writer" and "Jane Doe, on 4 March" are bylines).
   */
  private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";

  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:Posted|Written|Words|Story|Text)\\s+by:?\\s+("
              + NAME
              + "(?:\\s+(?:and|&)\\s+"
              + NAME
              + ")?)"
              + "(?:\\s*(?:[@|·—–-]|,(?!\\s*(?:the|a|an|who|whose|which)\\b)|\\bon\\b).*)?");

  private BylineFinder() {}

  /**
   * The byline's names; {@code title} is the headline element (or null), whose wrappers are not
   * asides. A byline naming only the site (a blog posting as "The Daily Planet") is taken only when
   * no other byline, nor a labelled line in the text ("Written by: Jane Doe"), names a person.
   */
  static List<String> find(Element body, Element title, String site, String host) {
    List<String> siteOnly = List.of();
    for (Element el : body.select(CANDIDATE)) {
      // "author-name" and "byline" are bylines; "author-bio" and "authors-list" pages are not
      if (!isByline(el) || insideOtherStories(el, title)) {
        continue;
      }
      Element named = el.selectFirst(ITEMPROP_NAME);
      String text = named != null ? named.text() : profileLinks(el);
      if (text.isEmpty()) {
        text = el.text();
      }
      if (el.hasAttr("content") && text.isBlank()) {
        text = el.attr("content");
      }
      if (text.isBlank() || text.length() > MAX_BYLINE) {
        continue;
      }
      List<String> names = Bylines.names(List.of(text));
      if (Bylines.namesOnlyTheSite(names, site, host)) {
        if (siteOnly.isEmpty()) {
          siteOnly = names;
        }
      } else if (!names.isEmpty()) {
        return names;
      }
    }
    List<String> labelled = labelledLine(body, title);
    return labelled.isEmpty() ? siteOnly : labelled;
  }

  /**
   * The texts of the links to writers' pages inside a byline, joined ("By <a>Jane Doe</a> and
   * <a>John Roe</a>"), or empty when it has none. Links without text (a portrait) are left out.
   */
  private static String profileLinks(Element byline) {
    Map<String, String> names = new LinkedHashMap<>();
    for (Element link : byline.select(PROFILE_LINK)) {
      String name = link.text().strip();
      if (!name.isEmpty()) {
        names.putIfAbsent(link.attr("href"), name); // one name per writer's page
      }
    }
    return String.join(", ", names.values());
  }

  /**
   * The name of the first short line that reads as a byline, "Posted by Jane Doe @ 12:00 am" or
   * "Written by: Jane Doe", on pages whose byline element has no telling name.
   */
  private static List<String> labelledLine(Element body, Element title) {
    for (Element el : labelled(body)) {
      String text = el.text();
      if (text.length() > MAX_BYLINE) {
        continue;
      }
      Matcher m = LABELLED.matcher(text);
      if (m.matches() && !insideOtherStories(el, title)) {
        return Bylines.names(List.of(m.group(1)));
      }
    }
    return List.of();
  }

  /**
   * The elements whose own text opens with a byline label, in page order. Found from their text
   * nodes, which are few to test, rather than by the own text of every element.
   */
  private static List<Element> labelled(Element body) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode text && opensWithLabelWord(text.getWholeText())) {
            Element parent = text.parentNode() instanceof Element p ? p : null;
            if (parent != null
                && LABEL.matcher(parent.ownText()).find()
                && (found.isEmpty() || found.get(found.size() - 1) != parent)) {
              found.add(parent);
            }
          }
        },
        body);
    return found;
  }

  private static boolean opensWithLabelWord(String text) {
    String s = text.replace('\u00a0', ' ').stripLeading(); // "&nbsp;Posted by" after an icon
    for (String word : LABEL_WORDS) {
      if (s.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isByline(Element el) {
    if (el.attr("rel").equals("author")
        || el.attr("itemprop").equals("author")
        || el.normalName().equals("address") // HTML's element for the article's author
        || ClassHints.words(el.attr("data-testid")).contains("byline")) {
      return true;
    }
    for (String name : el.classNames()) {
      List<String> words = ClassHints.words(name);
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      boolean named =
          last.equals("name")
              && words.size() >= 2
              && BYLINE_WORDS.contains(words.get(words.size() - 2));
      if (BYLINE_WORDS.contains(last) || named || words.contains("byline")) {
        return true;
      }
    }
    return ClassHints.words(el.id()).contains("byline");
  }

  /**
   * Whether an ancestor is about other stories. The page's {@code body} and the wrappers around the
   * headline are not, whatever their names say ("right-sidebar" on {@code body} names a layout).
   */
  private static boolean insideOtherStories(Element el, Element title) {
    for (Element up = el; up != null && !up.normalName().equals("body"); up = up.parent()) {
      String tag = up.normalName();
      if (tag.equals("aside")
          || tag.equals("footer")
          || tag.equals("nav")
          || (ClassHints.isOtherStories(up) && !holds(up, title))) {
        return true;
      }
    }
    return false;
  }

  private static boolean holds(Element el, Element title) {
    for (Element up = title; up != null; up = up.parent()) {
      if (up == el) {
        return true;
      }
    }
    return false;
  }
}
