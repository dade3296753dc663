package dev.newsbot.source.extract;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Decides whether what was found is an article: enough running prose, and not a listing of teasers (a home
 * page or section front, where each item is a linked headline over a short summary).
 */
final class ArticleVerdict {
  /** A page that declares itself an article may be short (a news brief); others need more prose. */
  private static final int MIN_CHARS_DECLARED = 150;
  private static final int MIN_CHARS = 300;
  private static final int MIN_LONGEST = 100;
  private static final int MIN_TEASERS = 4;

  private ArticleVerdict() {}

  /**
   * Whether the found body looks like a list of linked headlines with teasers. An article followed by a
   * block of related-story teasers is not a listing: its prose comes before the first teaser.
   */
  static boolean isListing(List<Element> roots, TextStats stats) {
    int teasers = 0;
    int paragraphs = 0;
    int proseBeforeTeasers = 0;
    for (Element root : roots) {
      for (Element el : root.getAllElements()) {
        String tag = el.normalName();
        if (HtmlTags.HEADINGS.contains(tag) && isLinked(el, stats)) {
          teasers++;
        } else if (tag.equals("p") && stats.chars(el) >= 25) {
          paragraphs++;
          if (teasers == 0 && stats.linkDensity(el) < 0.3) {
            proseBeforeTeasers += stats.chars(el);
          }
        }
      }
    }
    return teasers >= MIN_TEASERS && teasers * 2 >= paragraphs && proseBeforeTeasers < MIN_CHARS;
  }

  private static boolean isLinked(Element heading, TextStats stats) {
    int chars = stats.chars(heading);
    if (chars == 0) {
      return false;
    }
    for (Element up = heading.parent(); up != null && up != heading.ownerDocument(); up = up.parent()) {
      if (up.normalName().equals("a") && !up.attr("href").startsWith("#")) {
        return true;
      }
    }
    Element link = heading.selectFirst("a[href]");
    return link != null && !link.attr("href").startsWith("#") && stats.linkDensity(heading) >= 0.6;
  }

  static boolean hasEnoughProse(List<Block> blocks, boolean declaresArticle) {
    int total = 0;
    int longest = 0;
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING) {
        continue;
      }
      total += block.text().length();
      longest = Math.max(longest, block.text().length());
    }
    if (declaresArticle) {
      return total >= MIN_CHARS_DECLARED;
    }
    return total >= MIN_CHARS && longest >= MIN_LONGEST;
  }
}
