package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;

/**
 * User input quoted back in a reply: cut short, without control characters, escaped for Telegram's
 * HTML. A reply that echoed a 4,000-character argument whole would be refused as too long.
 */
final class Quote {
  /** Code points of user input a reply quotes at most. */
  static final int MAX = 64;

  private Quote() {}

  /** {@code text} cut to {@link #MAX} code points (with an ellipsis when cut), escaped. */
  static String of(String text) {
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.CONTROL) {
        cp = ' ';
      }
      if (count == MAX) {
        out.append('…');
        break;
      }
      out.appendCodePoint(cp);
      count++;
    }
    return MessageFormatter.escape(out.toString().strip());
  }
}
