package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The standfirst a page shows between its headline and its body: an element whose whole text is the
 * description the page declares, or opens with it where the description is cut short ("..."). Sites
 * set it in the article's header, apart from the body's container, so the body found by votes
 * starts below it. Found on the page as fetched, before pruning drops headers; the place it was
 * found in is kept to tell whether it came before the body.
 */
final class Standfirst {
  private static final Standfirst NONE = new Standfirst("", -1, List.of());

  /** The mark of a description cut short ("... y la aprobación de una ley mordaza que..."). */
  private static final Pattern CUT = Pattern.compile("\\s*(\\.\\.\\.|…|\\[(\\.\\.\\.|…)\\])$");

  /** A cut description this long (in letters) names its paragraph; a shorter one may not. */
  private static final int MIN_CUT_LETTERS = 60;

  private final String text;
  private final int at;
  private final List<Element> order;

  private Standfirst(String text, int at, List<Element> order) {
    this.text = text;
    this.at = at;
    this.order = order;
  }

  /**
   * Looks below {@code title} (the headline element, or null) for an element showing {@code
   * description}; none is found on a page without a headline, or where the description is only in
   * the head, inside a link or hidden.
   */
  static Standfirst find(Element body, Element title, String description) {
    String declared = description.strip();
    String uncut = CUT.matcher(declared).replaceFirst("");
    boolean cut = uncut.length() < declared.length();
    String wanted = BlockFilter.comparable(uncut);
    if (title == null || wanted.isEmpty() || (cut && wanted.length() < MIN_CUT_LETTERS)) {
      return NONE;
    }
    List<Element> all = body.getAllElements();
    int start = indexOf(all, title);
    for (int i = start + 1; start >= 0 && i < all.size(); i++) {
      Element el = all.get(i);
      String first = firstOwnText(el);
      if (first != null
          && (cut
              ? BlockFilter.opensLike(first, wanted)
              : BlockFilter.isComparablePart(first, wanted)) // cheap: most elements fail here
          && shows(BlockFilter.comparable(el.text()), wanted, cut)
          && isShown(el)) {
        return new Standfirst(Whitespace.collapse(el.text()), i, all);
      }
    }
    return NONE;
  }

  /** Whether an element's letters are the description's, or open with a cut description's. */
  private static boolean shows(String letters, String wanted, boolean cut) {
    return cut ? letters.startsWith(wanted) : letters.equals(wanted);
  }

  /**
   * {@code blocks} with the standfirst in front, when it stood above the first of {@code roots} and
   * the blocks do not hold it already.
   */
  List<Block> above(List<Block> blocks, List<Element> roots) {
    if (at < 0 || roots.isEmpty() || holds(blocks)) {
      return blocks;
    }
    Map<Element, Integer> index = new IdentityHashMap<>(order.size());
    for (int i = 0; i < order.size(); i++) {
      index.put(order.get(i), i);
    }
    Integer body = index.get(roots.get(0));
    if (body == null || body <= at) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size() + 1);
    out.add(new Block(Block.Kind.PARAGRAPH, text));
    out.addAll(blocks);
    return out;
  }

  private boolean holds(List<Block> blocks) {
    String wanted = BlockFilter.comparable(text);
    for (Block block : blocks) {
      if (BlockFilter.comparable(block.text()).contains(wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element's first text of its own that is not blank, or null. Its letters run unbroken in the
   * element's whole text, so they are in the standfirst if the element is it.
   */
  private static String firstOwnText(Element el) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return text.getWholeText(); // as compared, the same as its normalised text()
      }
    }
    return null;
  }

  private static boolean isShown(Element el) {
    for (Element up = el; up != null; up = up.parent()) {
      if (up.normalName().equals("a") || PagePruner.isHidden(up)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(List<Element> all, Element el) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == el) {
        return i;
      }
    }
    return -1;
  }
}
