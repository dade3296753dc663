package dev.newsbot.source.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Drops blocks that survived structural cleaning but are not the story: promo and credit lines, the
 * headline repeated at the top, and a lone byline or dateline above the first paragraph.
 */
final class BlockFilter {
  /** A paragraph this long under a furniture heading makes the section the story's own. */
  private static final int MIN_SECTION_PROSE = 200;

  private static final int MAX_META_LINE = 80;

  /** A comments heading ends the body only below this much story. */
  private static final int MIN_STORY_BEFORE_COMMENTS = 300;

  private BlockFilter() {}

  private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}");
  private static final int MAX_META_WORDS = 8;

  /**
   * Filters {@code blocks}; the headline is dropped where the body repeats it at its top, since the
   * article carries it apart. A standfirst the body opens with stays: it is the page's first
   * paragraph, and readers that show the standfirst apart leave out a body opening that repeats it.
   */
  static List<Block> filter(List<Block> blocks, String title) {
    List<Block> out = new ArrayList<>(blocks.size());
    String normalisedTitle = comparable(title);
    boolean furniture = false;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      String text = block.text();
      if (block.kind() == Block.Kind.HEADING) {
        furniture = Boilerplate.isFurnitureHeading(text) && !proseFollows(blocks, i + 1);
      }
      if (furniture) {
        continue; // a widget of other stories, up to the next heading
      }
      if (block.kind() == Block.Kind.HEADING
          && Boilerplate.isCommentsHeading(text)
          && proseLength(out) >= MIN_STORY_BEFORE_COMMENTS) {
        break; // the readers' comments, written into the story's own container
      }
      if (Boilerplate.isTeaser(text)) {
        dropHeading(out);
        continue; // another story's blurb, and the headline above it
      }
      if (Boilerplate.isBoilerplate(text)
          || (block.kind() != Block.Kind.TABLE_ROW && Boilerplate.isCommentMeta(text))) {
        continue;
      }
      if (out.size() < 3
          && !normalisedTitle.isEmpty()
          && comparable(text).equals(normalisedTitle)) {
        continue; // the headline, repeated as the body's first heading
      }
      if (out.isEmpty() && isMetaLine(text)) {
        continue; // "By Jane Doe" or "May 5, 2021" above the first paragraph
      }
      out.add(block);
    }
    return out;
  }

  /**
   * Whether a paragraph of story length comes before the next heading: then a heading that names
   * the site's furniture ("Archives", "Trending") is one of the story's own subheadings.
   */
  private static boolean proseFollows(List<Block> blocks, int from) {
    for (int i = from; i < blocks.size() && blocks.get(i).kind() != Block.Kind.HEADING; i++) {
      Block block = blocks.get(i);
      if (block.kind() == Block.Kind.PARAGRAPH
          && TextStats.readingLength(block.text()) >= MIN_SECTION_PROSE) {
        return true;
      }
    }
    return false;
  }

  private static void dropHeading(List<Block> out) {
    if (!out.isEmpty() && out.get(out.size() - 1).kind() == Block.Kind.HEADING) {
      out.remove(out.size() - 1);
    }
  }

  private static int proseLength(List<Block> blocks) {
    int n = 0;
    for (Block block : blocks) {
      if (block.kind() != Block.Kind.HEADING) {
        n += TextStats.readingLength(block.text());
      }
    }
    return n;
  }

  private static boolean isMetaLine(String text) {
    if (TextStats.readingLength(text) > MAX_META_LINE) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("by ") || Bylines.hasLabel(text)) {
      return true;
    }
    boolean dated =
        DateParser.parseWritten(text, ZoneOffset.UTC).isPresent()
            || NUMERIC_DATE.matcher(text).find();
    return dated && lower.split("\\s+").length <= MAX_META_WORDS;
  }

  static String comparable(String s) {
    return letters(s, Integer.MAX_VALUE);
  }

  /**
   * Whether {@code comparable(s)} is part of {@code wanted}: gives up once the letters outnumber
   * wanted's, as a body paragraph's soon do, instead of copying them all.
   */
  static boolean isComparablePart(String s, String wanted) {
    String letters = letters(s, wanted.length() + 1);
    return letters.length() <= wanted.length() && wanted.contains(letters);
  }

  /**
   * Whether {@code comparable(s)} has letters and opens as {@code wanted} does, as far as the
   * shorter goes.
   */
  static boolean opensLike(String s, String wanted) {
    String letters = letters(s, wanted.length());
    return !letters.isEmpty() && wanted.startsWith(letters);
  }

  /** The letters and digits of {@code s}, lower-cased, the first {@code most} of them. */
  private static String letters(String s, int most) {
    StringBuilder out = new StringBuilder(Math.min(s.length(), most));
    for (int i = 0; i < s.length() && out.length() < most; i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
