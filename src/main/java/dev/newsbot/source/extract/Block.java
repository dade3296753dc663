package dev.newsbot.source.extract;

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
      case PARAGRAPH, CODE -> text;
    };
  }
}
