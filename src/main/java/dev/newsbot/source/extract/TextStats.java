package dev.newsbot.source.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element under a root, computed in one walk so that scoring and cleaning
 * never re-walk subtrees. Lengths count characters with whitespace runs collapsed, roughly what a
 * reader sees, in Latin-letter equivalents: a Chinese or Japanese character, which carries about a
 * word's worth of text with no space beside it, counts as {@value #WIDE} (a Hangul syllable as
 * {@value #HANGUL}), so that the thresholds tuned on spaced scripts hold for those pages too. The
 * measures describe the tree at the time of the walk; recompute after removing nodes.
 */
final class TextStats {
  /** The measures of one element. Mutable only while the walk adds children into their parents. */
  static final class Counts {
    int chars;
    int linkChars;
    int commas;
    int blockChildren;
    int paragraphChars;

    /** Characters of paragraphs that are mostly not links: the reading text. */
    int proseChars;

    int inputs;
    int listItems;
    int paragraphs;
  }

  private static final Counts NONE = new Counts();

  /** A Han ideograph or kana is about three Latin letters of text (a word and its space is six). */
  static final int WIDE = 3;

  static final int HANGUL = 2;

  private final Map<Element, Counts> counts;

  private TextStats(Map<Element, Counts> counts) {
    this.counts = counts;
  }

  static TextStats measure(Element root) {
    Map<Element, Counts> counts = new IdentityHashMap<>(1024);
    NodeTraversor.traverse(new Walker(counts), root);
    return new TextStats(counts);
  }

  Counts of(Element el) {
    return counts.getOrDefault(el, NONE);
  }

  int chars(Element el) {
    return of(el).chars;
  }

  /** The share of an element's text that sits inside links; 0 for an element without text. */
  double linkDensity(Element el) {
    Counts c = of(el);
    return c.chars == 0 ? 0 : (double) c.linkChars / c.chars;
  }

  /**
   * The length of {@code text} in Latin-letter equivalents, as the element measures count it but
   * without collapsing whitespace.
   */
  static int readingLength(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += weight(text.charAt(i));
    }
    return n;
  }

  /**
   * How many Latin letters one character stands for: {@value #WIDE} for Han, kana and CJK extension
   * characters (a surrogate pair counts once, on its high half), {@value #HANGUL} for Hangul
   * syllables, 1 for anything else (Thai too: its letters are alphabetic, only the spaces between
   * words are missing, which the measures do not count as text anyway).
   */
  static int weight(char ch) {
    if (ch < '\u3040') {
      return 1; // Latin, Cyrillic, Greek, Arabic, Thai, CJK punctuation ...: the fast path
    }
    if (ch <= '\u9fff' || (ch >= '\uf900' && ch <= '\ufaff')) {
      return ch == '\u30fb' || ch == '\u30fc' ? 1 : WIDE; // kana, Han; not the middle dot
    }
    if (ch >= '\uac00' && ch <= '\ud7af') {
      return HANGUL;
    }
    if (Character.isHighSurrogate(ch)) {
      return WIDE; // CJK extension B and beyond
    }
    return Character.isLowSurrogate(ch) ? 0 : 1;
  }

  private static final class Walker implements NodeVisitor {
    private final Map<Element, Counts> counts;

    Walker(Map<Element, Counts> counts) {
      this.counts = counts;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element el) {
        counts.put(el, new Counts());
      } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
        Counts c = counts.get(parent);
        if (c != null) {
          addText(text.getWholeText(), c);
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element el)) {
        return;
      }
      Counts c = counts.get(el);
      String tag = el.normalName();
      switch (tag) {
        case "a" -> c.linkChars = c.chars;
        case "input", "textarea", "select", "button" -> c.inputs++;
        case "li" -> c.listItems++;
        case "p", "pre" -> {
          c.paragraphs++;
          c.paragraphChars = c.chars;
          c.proseChars = c.linkChars * 10 < c.chars * 3 ? c.chars : 0;
        }
        default -> {}
      }
      if (el.parent() != null) {
        Counts parent = counts.get(el.parent());
        if (parent != null) {
          addInto(c, parent, HtmlTags.isBlock(tag));
        }
      }
    }

    private static void addInto(Counts child, Counts parent, boolean block) {
      parent.chars += child.chars;
      parent.linkChars += child.linkChars;
      parent.commas += child.commas;
      parent.paragraphChars += child.paragraphChars;
      parent.proseChars += child.proseChars;
      parent.inputs += child.inputs;
      parent.listItems += child.listItems;
      parent.paragraphs += child.paragraphs;
      if (block) {
        parent.blockChildren++;
      }
    }

    private static void addText(String text, Counts c) {
      boolean inWord = false;
      boolean seenWord = c.chars > 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (Character.isWhitespace(ch) || ch == '\u00a0') {
          inWord = false;
          continue;
        }
        if (!inWord && seenWord) {
          c.chars++; // the space between two words
        }
        inWord = true;
        seenWord = true;
        c.chars += weight(ch);
        if (ch == ',' || ch == '，' || ch == '、' || ch == '،') {
          c.commas++;
        }
      }
    }
  }
}
