package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Falls back on the article text a page declares in JSON-LD ({@code articleBody}) when the page's
 * markup holds little of it: script-rendered sites ship an empty shell plus the story as data.
 */
final class DeclaredBody {
  /** The declared text must be this much longer than what the markup gave to be preferred. */
  private static final double MUCH_LONGER = 2.0;

  private static final int MIN_DECLARED = 300;

  private DeclaredBody() {}

  static List<Block> preferred(List<Block> fromMarkup, PageMetadata meta) {
    String declared = meta.declaredBody().strip();
    if (TextStats.readingLength(declared) < MIN_DECLARED) {
      return fromMarkup;
    }
    int markupChars = 0;
    for (Block block : fromMarkup) {
      markupChars += block.text().length();
    }
    if (declared.length() < MUCH_LONGER * markupChars) {
      return fromMarkup;
    }
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : declared.split("\\s*\\n\\s*")) {
      String text =
          Whitespace.collapse(
              paragraph.indexOf('<') >= 0
                  ? Jsoup.parse(paragraph).text()
                  : Parser.unescapeEntities(paragraph, false));
      if (!text.isEmpty()) {
        blocks.add(new Block(Block.Kind.PARAGRAPH, text));
      }
    }
    return blocks;
  }
}
