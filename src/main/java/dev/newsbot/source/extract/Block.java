package dev.newsbot.source.extract;

import java.util.List;
import java.util.Objects;

/** One block of article text and what kind of block it was in the page. */
record Block(Kind kind, String text) {
  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
    QUOTE,
    CODE,
    TABLE_ROW
  }

  private static final List<String> MARKS = List.of("• ", "## ", "> ", "| ");

  Block {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("block text is blank");
    }
  }

  /**
   * The text as stored, marked as news.BodyBlock reads it back: "• " for a list item, "## " for a
   * subheading, "&gt; " for a quotation, "| " for a table row (its cells joined by " | ").
   */
  String rendered() {
    return switch (kind) {
      case LIST_ITEM -> "• " + text;
      case HEADING -> "## " + text;
      case QUOTE -> "> " + text;
      case TABLE_ROW -> "| " + text;
      case PARAGRAPH, CODE -> unmarked(text);
    };
  }

  /**
   * A paragraph that happens to open like a mark ("| Editor's note", "&gt; ls") with a no-break
   * space after it, so that it reads back as a paragraph.
   */
  private static String unmarked(String text) {
    for (String mark : MARKS) {
      if (text.startsWith(mark)) {
        return text.substring(0, mark.length() - 1) + '\u00a0' + text.substring(mark.length());
      }
    }
    return text;
  }
}
