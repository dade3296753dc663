package dev.newsbot.source.extract;

import java.util.Objects;

/** One block of article text and what kind of block it was in the page. */
record Block(Kind kind, String text) {
  enum Kind {
    PARAGRAPH,
    HEADING,
    LIST_ITEM,
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

  /** The text as stored: list items get a bullet, subheadings "## " (news.BodyBlock reads both). */
  String rendered() {
    return kind == Kind.LIST_ITEM ? "• " + text : kind == Kind.HEADING ? "## " + text : text;
  }
}
