package dev.newsbot.source.extract;

import dev.newsbot.news.BodyBlock;
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
   * The text as stored, with the mark {@link BodyBlock} reads it back by: "• " for a list item, "##
   * " for a subheading, "&gt; " for a quotation, "| " for a table row (its cells joined by " | ").
   */
  String rendered() {
    return switch (kind) {
      case LIST_ITEM -> BodyBlock.Kind.LIST_ITEM.mark() + text;
      case HEADING -> BodyBlock.Kind.HEADING.mark() + text;
      case QUOTE -> BodyBlock.Kind.QUOTE.mark() + text;
      case TABLE_ROW -> BodyBlock.Kind.TABLE_ROW.mark() + text;
      case PARAGRAPH, CODE -> unmarked(text);
    };
  }

  /**
   * A paragraph that happens to open like a mark ("| Editor's note", "&gt; ls") with a no-break
   * space after it, so that it reads back as a paragraph.
   */
  private static String unmarked(String text) {
    for (BodyBlock.Kind marked : BodyBlock.Kind.values()) {
      String mark = marked.mark();
      if (!mark.isEmpty() && text.startsWith(mark)) {
        return text.substring(0, mark.length() - 1) + '\u00a0' + text.substring(mark.length());
      }
    }
    return text;
  }
}
