package dev.newsbot.source.extract;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.QueryParser;

/**
 * Removes the blocks inside a found body that are not part of the story: captions and credits,
 * forms, link lists (related stories, tags, "more on this"), galleries and boilerplate-named blocks
 * the page-level pruning kept because they were large.
 */
final class ContentCleaner {
  private static final Set<String> ALWAYS_DROP =
      Set.of("figure", "figcaption", "aside", "nav", "footer", "form", "fieldset", "hr");
  private static final Set<String> CONDITIONAL =
      Set.of("div", "section", "ul", "ol", "dl", "table", "header", "span", "article", "center");

  private static final Evaluator LINK = QueryParser.parse("a[href]");

  private static final Set<String> LISTS = Set.of("ul", "ol", "div", "section");

  /** A list is other stories' teasers from this many items led by a linked headline. */
  private static final int MIN_TEASERS = 2;

  private static final double LINKED_HEADING = 0.6;

  /** A teaser is a headline and a blurb of a sentence or three. */
  private static final int MAX_TEASER = 600;

  /**
   * Paragraph prose outside a big boilerplate-named block that makes it the story, not the block.
   */
  private static final int MIN_STORY_BESIDE = 1000;

  /** Text of its own, beside its links, that makes a list item more than a link. */
  private static final int MIN_ANNOTATION = 20;

  private ContentCleaner() {}

  static void clean(Element root, TextStats stats) {
    Removals.filter(new Filter(root, stats), root);
  }

  private static final class Filter implements NodeFilter {
    private final Element root;
    private final TextStats stats;

    Filter(Element root, TextStats stats) {
      this.root = root;
      this.stats = stats;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element el) || el == root) {
        return FilterResult.CONTINUE;
      }
      String tag = el.normalName();
      if (ALWAYS_DROP.contains(tag) && !(tag.equals("form") && holdsProse(el))) {
        return FilterResult.REMOVE;
      }
      if (ClassHints.of(el) == ClassHints.Hint.BOILERPLATE
          && !holdsProse(el)
          && !PagePruner.isInlineText(el)) {
        return FilterResult.REMOVE;
      }
      if (CONDITIONAL.contains(tag) && isJunk(el)) {
        return FilterResult.REMOVE;
      }
      if (LISTS.contains(tag) && hasStoryBeside(el) && isTeaserList(el)) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }

    /**
     * A block that holds over half the body's text is the body, whatever its name, unless the body
     * has a story of its own beside it: a gallery of fifty captioned pictures can outweigh the
     * article it sits in.
     */
    private boolean holdsProse(Element el) {
      TextStats.Counts inner = stats.of(el);
      TextStats.Counts outer = stats.of(root);
      return inner.chars * 2 > outer.chars
          && outer.proseChars - inner.proseChars < MIN_STORY_BESIDE;
    }

    /**
     * A list (or a box of blocks) whose items are mostly other stories' teasers: each led by a
     * linked headline, with a blurb too long for the link-density test to call it a list of links.
     */
    private boolean isTeaserList(Element list) {
      int items = 0;
      int teasers = 0;
      for (Element item : list.children()) {
        if (HtmlTags.HEADINGS.contains(item.normalName()) || !HtmlTags.isBlock(item.normalName())) {
          continue;
        }
        items++;
        if (stats.chars(item) > MAX_TEASER) {
          return false; // an item with a story's worth of text is not a teaser
        }
        if (hasLinkedHeading(item)) {
          teasers++;
        }
      }
      return teasers >= MIN_TEASERS && teasers * 2 >= items;
    }

    private boolean hasLinkedHeading(Element item) {
      for (Element el : item.getAllElements()) {
        if (HtmlTags.HEADINGS.contains(el.normalName())
            && stats.chars(el) > 0
            && stats.linkDensity(el) >= LINKED_HEADING
            && linksAway(el)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the body has a story of its own outside {@code el}: teasers under a story go, but a
     * page that is mostly teasers keeps them for the verdict that it is no article.
     */
    private boolean hasStoryBeside(Element el) {
      return stats.of(root).proseChars - stats.of(el).proseChars >= MIN_STORY_BESIDE;
    }

    /**
     * A headline links to another page of the same site: a heading's link to its own anchor is not
     * one, nor a link to another site (the shop of a roundup's pick, the source of a quote).
     */
    private static boolean linksAway(Element heading) {
      Element link = heading.selectFirst(LINK);
      for (Element up = heading.parent(); link == null && up != null; up = up.parent()) {
        if (up.normalName().equals("a") && up.hasAttr("href")) {
          link = up;
        }
      }
      return link != null && !link.attr("href").startsWith("#") && sameSite(link);
    }

    private static boolean sameSite(Element link) {
      String page = hostOf(link.baseUri());
      String target = hostOf(link.absUrl("href"));
      return page.isEmpty() || target.equals(page);
    }

    private static String hostOf(String address) {
      try {
        String host = URI.create(address).getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return "";
      }
    }

    /**
     * A list whose items each say something of their own beside their links ("Jane Doe <a>fixed the
     * crash on start</a>"): the story's roundup, not a list of other pages.
     */
    private boolean isAnnotatedList(Element el) {
      if (!el.normalName().equals("ul") && !el.normalName().equals("ol")) {
        return false;
      }
      int items = 0;
      int annotated = 0;
      for (Element item : el.children()) {
        if (item.normalName().equals("li")) {
          items++;
          TextStats.Counts c = stats.of(item);
          if (c.chars - c.linkChars >= MIN_ANNOTATION) {
            annotated++;
          }
        }
      }
      return items >= 2 && annotated * 3 >= items * 2;
    }

    private boolean isJunk(Element el) {
      TextStats.Counts c = stats.of(el);
      double linkDensity = stats.linkDensity(el);
      int plain = c.chars - c.linkChars;
      if (linkDensity > 0.5 && plain < 200 && !isAnnotatedList(el)) {
        return true; // a list of links: related stories, tags, a table of contents
      }
      if (c.listItems > 0
          && linkDensity > 0.33
          && c.chars / c.listItems < 60
          && c.paragraphs == 0) {
        return true; // short linked items: "more from this author"
      }
      // a block of pictures with little text is not junk for that: a recipe's steps with a photo
      // each, a wiki's table of items, a post of pictures (a rule that dropped such "gallery
      // strips" cost trafilatura-eval tuning .004 and lost a recipe's directions)
      return c.inputs > 0 && c.inputs * 2 > c.paragraphs; // a sign-up or search form
    }
  }
}
