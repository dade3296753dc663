package dev.newsbot.news;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One block of a stored article's text, read back from the stored body.
 *
 * <p>A stored body is its blocks in reading order, joined by blank lines. A block that starts with
 * "• " is a list item, "## " a subheading, "&gt; " a quotation and "| " a table row, its cells
 * joined by " | " (the extractor writes them: see {@code source.extract.Block#rendered}). Anything
 * else is a paragraph, so bodies stored before a kind was marked read back as paragraphs.
 *
 * @param kind what the block is
 * @param text its text without the marker; never blank
 */
public record BodyBlock(Kind kind, String text) {
  /** What a block is, and how a stored body marks it. */
  public enum Kind {
    PARAGRAPH(""),
    HEADING("## "),
    LIST_ITEM("• "),
    QUOTE("> "),
    TABLE_ROW("| ");

    private final String mark;

    Kind(String mark) {
      this.mark = mark;
    }

    /** What a stored block of this kind starts with; empty for paragraphs. */
    public String mark() {
      return mark;
    }
  }

  public BodyBlock {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(text, "text == null");
    if (text.isBlank()) {
      throw new IllegalArgumentException("block text is blank");
    }
  }

  /** A table row's cells, in order. */
  public List<String> cells() {
    return List.of(text.split(" \\| "));
  }

  /** The blocks of a stored body; a marker with no text after it is dropped. */
  public static List<BodyBlock> parse(String body) {
    Objects.requireNonNull(body, "body == null");
    List<BodyBlock> out = new ArrayList<>();
    for (String raw : body.split("\n[ \t]*\n")) {
      String block = raw.stripLeading();
      Kind kind = kindOf(block);
      String text = block.substring(kind.mark().length()).strip();
      if (!text.isEmpty()) {
        out.add(new BodyBlock(kind, text));
      }
    }
    return out;
  }

  private static Kind kindOf(String block) {
    for (Kind kind : Kind.values()) {
      if (kind != Kind.PARAGRAPH && block.startsWith(kind.mark())) {
        return kind;
      }
    }
    return Kind.PARAGRAPH;
  }
}
