package dev.newsbot.source.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Decides whether what was found is an article: enough running prose, and not a listing of teasers
 * (a home page or section front, where each item is a linked headline over a short summary).
 */
final class ArticleVerdict {
  private static final Evaluator LINK = QueryParser.parse("a[href]");

  /** A page that declares itself an article may be short (a news brief); others need more prose. */
  private static final int MIN_CHARS_DECLARED = 150;

  private static final int MIN_CHARS = 300;
  private static final int MIN_LONGEST = 100;
  private static final int MIN_TEASERS = 4;
  private static final int MIN_GRID_HEADINGS = 6;

  /** A grid's blurbs are a line or two; a story has at least one paragraph longer than this. */
  private static final int MIN_GRID_PARAGRAPH = 250;

  private ArticleVerdict() {}

  /**
   * Whether the found body looks like a list of linked headlines with teasers. An article with a
   * linked category label above it or related-story teasers below it is not a listing: somewhere it
   * has a long stretch of prose that no teaser heading interrupts.
   */
  static boolean isListing(List<Element> roots, TextStats stats) {
    Teasers teasers = new Teasers(stats);
    for (Element root : roots) {
      NodeTraversor.traverse(teasers, root);
    }
    return teasers.headings >= MIN_TEASERS
        && teasers.headings * 2 >= teasers.paragraphs
        && teasers.longestRun < MIN_CHARS;
  }

  /**
   * Counts linked headings and paragraphs, and the longest run of plain text between two linked
   * headings.
   */
  private static final class Teasers implements NodeVisitor {
    private final TextStats stats;
    int headings;
    int paragraphs;
    int run;
    int longestRun;

    Teasers(TextStats stats) {
      this.stats = stats;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element el) {
        String tag = el.normalName();
        if (HtmlTags.HEADINGS.contains(tag) && isLinked(el, stats)) {
          headings++;
          run = 0;
        } else if (tag.equals("p") && stats.chars(el) >= 25) {
          paragraphs++;
        }
      } else if (node instanceof TextNode text && !insideLink(text)) {
        run += TextStats.readingLength(text.text().strip());
        longestRun = Math.max(longestRun, run);
      }
    }

    private static boolean insideLink(TextNode text) {
      for (Element up = text.parent(); up != null; up = up.parent()) {
        String tag = up.normalName();
        if (tag.equals("a")) {
          return true;
        }
        if (HtmlTags.isBlock(tag)) {
          return false; // links are inline: no need to look past the enclosing block
        }
      }
      return false;
    }
  }

  private static boolean isLinked(Element heading, TextStats stats) {
    int chars = stats.chars(heading);
    if (chars == 0) {
      return false;
    }
    for (Element up = heading.parent();
        up != null && up != heading.ownerDocument();
        up = up.parent()) {
      if (up.normalName().equals("a") && !up.attr("href").startsWith("#")) {
        return true;
      }
    }
    Element link = heading.selectFirst(LINK);
    return link != null && !link.attr("href").startsWith("#") && stats.linkDensity(heading) >= 0.6;
  }

  /**
   * Whether there is enough running prose for an article. A page that does not declare itself one
   * and reads as a grid of headed blurbs (a product page's features, a section's intro boxes: at
   * least {@value #MIN_GRID_HEADINGS} headings, one for every two other blocks or fewer, none of
   * them a real paragraph) is not one either.
   */
  static boolean hasEnoughProse(List<Block> blocks, boolean declaresArticle) {
    int total = 0;
    int longest = 0;
    int headings = 0;
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING) {
        headings++;
        continue;
      }
      int length = TextStats.readingLength(block.text());
      total += length;
      longest = Math.max(longest, length);
    }
    if (declaresArticle) {
      return total >= MIN_CHARS_DECLARED;
    }
    boolean grid =
        headings >= MIN_GRID_HEADINGS
            && headings * 2 >= blocks.size() - headings
            && longest < MIN_GRID_PARAGRAPH;
    return total >= MIN_CHARS && longest >= MIN_LONGEST && !grid;
  }
}
