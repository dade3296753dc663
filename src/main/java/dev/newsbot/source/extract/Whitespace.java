package dev.newsbot.source.extract;

/** Collapses whitespace in attribute and metadata values the way a browser renders text. */
final class Whitespace {
  private Whitespace() {}

  /** Runs of whitespace (including no-break spaces) become one space; invisible characters go. */
  static String collapse(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u00ad' || c == '\ufeff') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }
}
