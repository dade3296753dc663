package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns cleaned body elements into text blocks in reading order. Paragraphs, headings, list items,
 * quotes, code and table rows each become blocks; text that sits loose between blocks (sites that
 * separate paragraphs with {@code <br><br>}) becomes paragraphs of its own. Media and controls are
 * skipped.
 */
final class BlockWriter {
  /** What makes a table layout rather than data; parsed once, as pages can hold many tables. */
  private static final Evaluator LAYOUT =
      QueryParser.parse("table table, p, div p, ul, ol, h1, h2, h3, h4, blockquote, pre");

  private static final Set<String> SKIPPED =
      Set.of(
          "figure",
          "figcaption",
          "img",
          "picture",
          "video",
          "audio",
          "iframe",
          "svg",
          "canvas",
          "object",
          "embed",
          "script",
          "style",
          "noscript",
          "template",
          "button",
          "input",
          "select",
          "textarea",
          "form",
          "math",
          "map");
  private static final Set<String> SHALLOW =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption", "summary");

  private final List<Block> blocks = new ArrayList<>();
  private final InlineText loose = new InlineText();
  private final Map<Element, Boolean> holdsBlock = new IdentityHashMap<>();

  /** Writes the blocks of each root, in the order given. */
  static List<Block> write(List<Element> roots) {
    BlockWriter writer = new BlockWriter();
    for (Element root : roots) {
      writer.element(root, false);
      writer.flush(Block.Kind.PARAGRAPH);
    }
    return writer.blocks;
  }

  private void children(Element parent) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode text) {
        loose.text(text.getWholeText());
      } else if (child instanceof Element el) {
        element(el, true);
      }
    }
  }

  private void element(Element el, boolean nested) {
    String tag = el.normalName();
    if (SKIPPED.contains(tag) || (nested && PagePruner.isHidden(el))) {
      return;
    }
    if (tag.equals("br")) {
      if (loose.endsWithBreak()) {
        flush(Block.Kind.PARAGRAPH); // <br><br> separates paragraphs
      } else {
        loose.lineBreak();
      }
      return;
    }
    if (!HtmlTags.isBlock(tag) && !containsBlock(el)) {
      loose.inline(el);
      return;
    }
    flush(Block.Kind.PARAGRAPH);
    switch (tag) {
      case "pre" -> add(Block.Kind.CODE, InlineText.preformatted(el));
      case "li" -> listItem(el);
      case "table" -> table(el);
      case "blockquote" -> quote(el);
      default -> {
        if (SHALLOW.contains(tag) && !containsBlock(el)) {
          add(
              HtmlTags.HEADINGS.contains(tag) ? Block.Kind.HEADING : Block.Kind.PARAGRAPH,
              InlineText.of(el));
        } else {
          children(el);
          flush(Block.Kind.PARAGRAPH);
        }
      }
    }
  }

  private void listItem(Element li) {
    if (!containsBlock(li)) {
      add(Block.Kind.LIST_ITEM, InlineText.of(li));
      return;
    }
    int before = blocks.size();
    children(li);
    flush(Block.Kind.PARAGRAPH);
    if (blocks.size() > before && blocks.get(before).kind() == Block.Kind.PARAGRAPH) {
      blocks.set(before, new Block(Block.Kind.LIST_ITEM, blocks.get(before).text()));
    }
  }

  /**
   * A block quotation's paragraphs, marked as quoted; its lists and headings stay what they are.
   */
  private void quote(Element blockquote) {
    int before = blocks.size();
    children(blockquote);
    flush(Block.Kind.PARAGRAPH);
    for (int i = before; i < blocks.size(); i++) {
      if (blocks.get(i).kind() == Block.Kind.PARAGRAPH) {
        blocks.set(i, new Block(Block.Kind.QUOTE, blocks.get(i).text()));
      }
    }
  }

  private void table(Element table) {
    if (isLayoutTable(table)) {
      children(table);
      flush(Block.Kind.PARAGRAPH);
      return;
    }
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      boolean filled = false;
      for (Element cell : row.children()) {
        // an empty cell keeps its column (a no-break space); a bar inside a cell is not a border
        String text = InlineText.of(cell).replace('\n', ' ').replace(" | ", " ¦ ");
        filled |= !text.isEmpty();
        cells.add(text.isEmpty() ? "\u00a0" : text);
      }
      if (filled) {
        add(Block.Kind.TABLE_ROW, String.join(" | ", cells));
      }
    }
  }

  /**
   * Old sites lay pages out with tables; a table with paragraphs or nested tables is layout, not
   * data.
   */
  private static boolean isLayoutTable(Element table) {
    return table.selectFirst(LAYOUT) != null;
  }

  /**
   * Whether a block element sits anywhere below {@code el}. Remembered per element: the writer asks
   * at every level on the way down, which without the memo walks a deep tree once per level.
   */
  private boolean containsBlock(Element el) {
    Boolean known = holdsBlock.get(el);
    if (known != null) {
      return known;
    }
    boolean found = false;
    for (Element child : el.children()) {
      if (HtmlTags.isBlock(child.normalName()) || containsBlock(child)) {
        found = true;
        break;
      }
    }
    holdsBlock.put(el, found);
    return found;
  }

  private void flush(Block.Kind kind) {
    String text = loose.take();
    if (!text.isEmpty()) {
      blocks.add(new Block(kind, text));
    }
  }

  private void add(Block.Kind kind, String text) {
    if (!text.isBlank()) {
      blocks.add(new Block(kind, text));
    }
  }
}
