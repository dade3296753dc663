package dev.newsbot.delivery;

/** Cuts text to a length at a sentence or word boundary, marking the cut with an ellipsis. */
final class Shortener {
  static final String ELLIPSIS = "…";

  private Shortener() {}

  /**
   * Returns {@code text} if it fits in {@code max} UTF-16 code units, else its longest prefix
   * ending a sentence (if that keeps at least half) or a word, followed by "…".
   */
  static String fit(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    if (max <= ELLIPSIS.length()) {
      return max <= 0 ? "" : ELLIPSIS.substring(0, max);
    }
    int room = max - ELLIPSIS.length();
    int sentence = lastSentenceEnd(text, room - 1); // room for " …"
    if (sentence >= room / 2) {
      return text.substring(0, sentence) + " " + ELLIPSIS;
    }
    int cut = room;
    while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
      cut--;
    }
    if (cut < room / 2) {
      cut = room; // one very long word: cut inside it rather than lose most of the text
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--; // never split a surrogate pair
      }
    }
    return text.substring(0, cut).stripTrailing() + ELLIPSIS;
  }

  /** The end (exclusive) of the last sentence that ends within {@code room}, or -1. */
  private static int lastSentenceEnd(String text, int room) {
    for (int i = Math.min(room, text.length() - 1); i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?' || c == '。')
          && (i == text.length() || Character.isWhitespace(text.charAt(i)))) {
        return i;
      }
    }
    return -1;
  }
}
