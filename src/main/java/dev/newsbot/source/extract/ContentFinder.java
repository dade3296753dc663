package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold an article's body in a pruned page.
 *
 * <p>Every paragraph-like element (a {@code p}, or any element whose children are all inline) votes
 * for the containers above it, more for its parent than for its grandparent; a vote grows with the
 * paragraph's length and commas and shrinks with its share of link text. The container with the
 * most votes, after its own link density and class hints are weighed (a hint weighs less on an
 * element with little text), is the body. Its siblings join it when they are nearly as good or are
 * plain paragraphs themselves, since stories are often split around ads or pictures.
 */
final class ContentFinder {
  private static final Set<String> PARAGRAPH_TAGS =
      Set.of("p", "pre", "td", "blockquote", "dd", "li");
  private static final Set<String> CONTAINER_TAGS =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "span",
          "font",
          "center",
          "td",
          "blockquote",
          "body",
          "form",
          "table",
          "tbody",
          "tr",
          "li",
          "ul",
          "ol",
          "header",
          "figure");

  private static final int MIN_PARAGRAPH = 25;

  /** Loose text beside a container's blocks votes from this length: a paragraph's worth. */
  private static final int MIN_LOOSE_TEXT = 200;

  /**
   * A best container with less text than this is too small to be a story (a breadcrumb, a copyright
   * line): the page's prose then sits loose between blocks, and loose text votes too.
   */
  private static final int MIN_VOTED_BODY = 300;

  private static final double[] DECAY = {1.0, 0.5, 0.25, 0.125};
  private static final double HINT_WEIGHT = 25;

  /**
   * A content class name counts in full only on an element with this much text: a 36-character box
   * named "content" in a page's header must not outscore the story's real container. Tried 200, 500
   * and 1000 on the evaluation pages; 500 did best.
   */
  private static final int FULL_HINT_CHARS = 500;

  private static final double STRONG_SHARE = 0.5;
  private static final int MIN_STRONG_SIBLINGS = 2;
  private static final int MAX_CLIMB = 6;

  /**
   * Widening takes a parent that adds this much prose at least (or a tenth of the body's). Tried 50
   * to 250 on the tuning pages: 100 did best (150 lost a short second paragraph on two pages).
   */
  private static final int MIN_ADDED_PROSE = 100;

  private static final Set<String> TOP = Set.of("body", "html");

  private final TextStats stats;

  ContentFinder(TextStats stats) {
    this.stats = stats;
  }

  /** The body's elements in document order, or an empty list when nothing reads like prose. */
  List<Element> find(Element root) {
    Map<Element, Double> votes = vote(root, false);
    Element best = best(votes);
    if (best == null || stats.chars(best) < MIN_VOTED_BODY) {
      // no paragraph anywhere, or only a breadcrumb's worth: text loose between blocks is the prose
      Map<Element, Double> loose = vote(root, true);
      Element looseBest = best(loose);
      if (looseBest != null) {
        votes = loose;
        best = looseBest;
      }
    }
    if (best == null) {
      return List.of();
    }
    double bestScore = finalScore(best, votes.get(best));
    Element body = widen(climb(best, bestScore, votes));
    return withSiblings(
        body, body == best ? bestScore : finalScore(body, votes.getOrDefault(body, 0.0)), votes);
  }

  private Element best(Map<Element, Double> votes) {
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : votes.entrySet()) {
      double score = finalScore(e.getKey(), e.getValue());
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  /**
   * Moves up from the best container to the nearest ancestor that also holds other strong
   * containers: a story cut into sections (each in its own wrapper between pictures and pull
   * quotes) has many similar candidates and the body is the element around them all.
   */
  private Element climb(Element best, double bestScore, Map<Element, Double> votes) {
    List<Element> strong = new ArrayList<>();
    for (Map.Entry<Element, Double> e : votes.entrySet()) {
      if (e.getKey() != best && finalScore(e.getKey(), e.getValue()) >= STRONG_SHARE * bestScore) {
        strong.add(e.getKey());
      }
    }
    Element up = best.parent();
    for (int level = 0;
        level < MAX_CLIMB && up != null && !TOP.contains(up.normalName());
        level++) {
      int inside = 0;
      for (Element other : strong) {
        if (other != up && isAncestor(up, other) && !isAncestor(other, best)) {
          inside++;
        }
      }
      if (inside >= MIN_STRONG_SIBLINGS) {
        return up;
      }
      up = up.parent();
    }
    return best;
  }

  /**
   * Moves up while the parent adds mostly prose: a story whose first paragraphs sit in a wrapper of
   * their own (beside the lead picture, say) is one parent away from the rest. Additions of links,
   * or of little text, stop the walk.
   */
  private Element widen(Element body) {
    Element current = body;
    for (Element up = current.parent();
        up != null && !TOP.contains(up.normalName());
        up = up.parent()) {
      TextStats.Counts inner = stats.of(current);
      TextStats.Counts outer = stats.of(up);
      int addedProse =
          outer.proseChars - inner.proseChars + looseProse(up) + plainDivProse(up, current);
      int addedChars = outer.chars - inner.chars;
      int addedLinks = outer.linkChars - inner.linkChars;
      if (addedChars == 0) {
        current = up; // a wrapper around the same text
        continue;
      }
      boolean mostlyProse = addedProse * 2 >= addedChars && addedLinks * 4 <= addedChars;
      if (!mostlyProse || addedProse < Math.max(MIN_ADDED_PROSE, inner.proseChars / 10)) {
        break;
      }
      current = up;
    }
    return current;
  }

  /**
   * The text of the plain {@code div}s in {@code el} outside {@code skip} that hold only inline
   * content and are mostly not links: what an editor writes for each line of a post (Blogger's
   * composer does), prose as much as a {@code p} is. A template's boxes of text (teasers, notes)
   * have a class or id, and are not counted.
   */
  private int plainDivProse(Element el, Element skip) {
    int prose = 0;
    for (Element child : el.children()) {
      if (child == skip || !child.normalName().equals("div")) {
        continue;
      }
      TextStats.Counts c = stats.of(child);
      if (c.blockChildren > 0) {
        prose += plainDivProse(child, skip);
      } else if (!child.hasAttr("class")
          && !child.hasAttr("id")
          && c.chars >= MIN_PARAGRAPH
          && c.linkChars * 10 < c.chars * 3) {
        prose += c.chars;
      }
    }
    return prose;
  }

  /**
   * Text written straight into {@code el} beside its blocks, outside links: a post's paragraphs
   * separated by {@code <br>} read as prose as much as {@code p} elements do.
   */
  private int looseProse(Element el) {
    TextStats.Counts c = stats.of(el);
    int loose = c.chars - c.linkChars;
    for (Element child : el.children()) {
      if (HtmlTags.isBlock(child.normalName())) {
        TextStats.Counts b = stats.of(child);
        loose -= b.chars - b.linkChars;
      }
    }
    return Math.max(0, loose);
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    for (Element up = el.parent(); up != null; up = up.parent()) {
      if (up == ancestor) {
        return true;
      }
    }
    return false;
  }

  private Map<Element, Double> vote(Element root, boolean loose) {
    Map<Element, Double> votes = new IdentityHashMap<>();
    for (Element el : root.getAllElements()) {
      if (!isParagraphLike(el)) {
        if (loose) {
          looseTextVote(el, votes);
        }
        continue;
      }
      if (el.parent() != null && isParagraphLike(el.parent())) {
        continue; // only the outermost of nested paragraph-like elements votes
      }
      TextStats.Counts c = stats.of(el);
      if (c.chars < MIN_PARAGRAPH) {
        continue;
      }
      double vote = paragraphVote(c.chars, c.commas, stats.linkDensity(el));
      Element up = el.parent();
      for (int level = 0; level < DECAY.length && up != null; level++) {
        if (CONTAINER_TAGS.contains(up.normalName()) || !HtmlTags.BLOCK.contains(up.normalName())) {
          votes.merge(up, vote * DECAY[level], Double::sum);
        }
        up = up.parent();
      }
    }
    return votes;
  }

  /**
   * Text written straight into a container beside its blocks (posts whose paragraphs are separated
   * by {@code <br>}, with a picture's {@code div} between them) votes for that container as a
   * paragraph would for its parent, on pages where nothing else votes. Letting it vote on every
   * page was tried: 16 tuning pages better, 18 worse, some of them badly (a layout table's loose
   * text outvoting the story).
   */
  private void looseTextVote(Element el, Map<Element, Double> votes) {
    TextStats.Counts c = stats.of(el);
    if (c.blockChildren == 0
        || c.chars < MIN_LOOSE_TEXT
        || !CONTAINER_TAGS.contains(el.normalName())) {
      return;
    }
    int chars = c.chars;
    int links = c.linkChars;
    int commas = c.commas;
    for (Element child : el.children()) {
      if (HtmlTags.isBlock(child.normalName())) {
        TextStats.Counts b = stats.of(child);
        chars -= b.chars;
        links -= b.linkChars;
        commas -= b.commas;
      }
    }
    if (chars < MIN_LOOSE_TEXT) {
      return;
    }
    double vote = paragraphVote(chars, commas, Math.min(1, Math.max(0, (double) links / chars)));
    Element up = el;
    for (int level = 0; level < DECAY.length && up != null; level++) {
      votes.merge(up, vote * DECAY[level], Double::sum);
      up = up.parent();
    }
  }

  /**
   * What a paragraph's text is worth to its containers: more for length and commas, less for links.
   */
  private static double paragraphVote(int chars, int commas, double linkDensity) {
    return (1 + commas + Math.min(chars / 100.0, 3)) * (1 - linkDensity);
  }

  private boolean isParagraphLike(Element el) {
    String tag = el.normalName();
    TextStats.Counts c = stats.of(el);
    if (tag.equals("p") || tag.equals("pre")) {
      return true;
    }
    if (c.blockChildren > 0) {
      return false;
    }
    if (PARAGRAPH_TAGS.contains(tag)) {
      return !tag.equals("li") || c.chars >= 80;
    }
    return CONTAINER_TAGS.contains(tag) || !HtmlTags.BLOCK.contains(tag);
  }

  private double finalScore(Element el, double votes) {
    double score = votes * (1 - stats.linkDensity(el));
    double weight = HINT_WEIGHT * Math.min(1, stats.chars(el) / (double) FULL_HINT_CHARS);
    switch (ClassHints.of(el)) {
      case CONTENT -> score += weight;
      case BOILERPLATE -> score -= HINT_WEIGHT;
      default -> {}
    }
    if (el.normalName().equals("article")) {
      score += weight / 2;
    }
    return score;
  }

  private List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> votes) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == best) {
        out.add(sibling);
      } else if (joins(sibling, votes, threshold)) {
        out.add(sibling);
      }
    }
    return out;
  }

  private boolean joins(Element sibling, Map<Element, Double> votes, double threshold) {
    Double vote = votes.get(sibling);
    if (vote != null && finalScore(sibling, vote) >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    int chars = stats.chars(sibling);
    double linkDensity = stats.linkDensity(sibling);
    if (chars >= 80) {
      return linkDensity < 0.25;
    }
    String text = sibling.text();
    return chars > 0 && linkDensity == 0 && (text.endsWith(".") || text.contains(". "));
  }
}
