package dev.newsbot.source.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Gathers the text of inline content the way a browser shows it: runs of whitespace become one
 * space, a {@code <br>} becomes a line break, invisible characters (zero-width spaces, soft
 * hyphens) vanish.
 */
final class InlineText {
  private final StringBuilder out = new StringBuilder();
  private boolean pendingSpace;

  static String of(Element el) {
    InlineText text = new InlineText();
    text.inline(el);
    return text.take();
  }

  static String preformatted(Element pre) {
    String whole = pre.wholeText();
    return whole.strip().isEmpty() ? "" : whole.stripTrailing().replaceFirst("^\\s*\\n", "");
  }

  void inline(Element el) {
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode text) {
        text(text.getWholeText());
      } else if (child instanceof Element inner) {
        String tag = inner.normalName();
        if (tag.equals("br")) {
          lineBreak();
        } else if (!HtmlTags.NEVER_TEXT.contains(tag) && !PagePruner.isHidden(inner)) {
          if (HtmlTags.isBlock(tag)) {
            pendingSpace = true;
          }
          inline(inner);
          if (HtmlTags.isBlock(tag)) {
            pendingSpace = true;
          }
        }
      }
    }
  }

  void text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u00ad' || c == '\ufeff') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(c);
    }
  }

  void lineBreak() {
    trimTrailingSpace();
    if (out.length() > 0) {
      out.append('\n');
    }
    pendingSpace = false;
  }

  boolean endsWithBreak() {
    return out.length() > 0 && out.charAt(out.length() - 1) == '\n';
  }

  /** The text gathered so far, trimmed; the buffer starts empty again. */
  String take() {
    trimTrailingSpace();
    while (out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
      out.setLength(out.length() - 1);
    }
    String text = out.toString().strip();
    out.setLength(0);
    pendingSpace = false;
    return text;
  }

  private void trimTrailingSpace() {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }
}
