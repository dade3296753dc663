package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Drops blocks that survived structural cleaning but are not the story: promo and credit lines, the
 * headline repeated at the top, and a lone byline or
 * dateline above the first paragraph.
 */
final class BlockFilter {
  private static final int MAX_META_LINE = 80;

  private BlockFilter() {}

  static List<Block> filter(List<Block> blocks, String title) {
    List<Block> out = new ArrayList<>(blocks.size());
    String normalisedTitle = comparable(title);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      if (Boilerplate.isBoilerplate(text)) {
        continue;
      }
      if (out.size() < 3 && !normalisedTitle.isEmpty() && comparable(text).equals(normalisedTitle)) {
        continue; // the headline, repeated as the body's first heading
      }
      if (out.isEmpty() && isMetaLine(text)) {
        continue; // "By Jane Doe" or "May 5, 2021" above the first paragraph
      }
      out.add(block);
    }
    return out;
  }

  private static boolean isMetaLine(String text) {
    if (text.length() > MAX_META_LINE) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("by ") || DateParser.parseWritten(text, java.time.ZoneOffset.UTC).isPresent()
        && lower.split("\\s+").length <= 8;
  }

  static String comparable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
