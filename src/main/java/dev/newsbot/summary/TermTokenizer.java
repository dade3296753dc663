package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a sentence into lower-case terms for similarity: runs of letters and digits in
 * space-separated scripts, and overlapping character pairs in Chinese and Japanese, which have no
 * spaces between words (a pair is closer to a word than a single character is).
 */
final class TermTokenizer {

  /** The terms of {@code text}, in order, repeats kept. */
  List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isUnspaced(cp)) {
        i = addPairs(text, i, terms);
      } else if (isWordChar(cp)) {
        int from = i;
        while (i < n && isWordChar(text.codePointAt(i)) && !isUnspaced(text.codePointAt(i))) {
          i += Character.charCount(text.codePointAt(i));
        }
        terms.add(text.substring(from, i).toLowerCase(Locale.ROOT));
      } else {
        i += Character.charCount(cp);
      }
    }
    return terms;
  }

  /** Adds the character pairs of the unspaced run at {@code from}; returns where the run ends. */
  private static int addPairs(String text, int from, List<String> terms) {
    int end = from;
    List<String> chars = new ArrayList<>();
    while (end < text.length() && isUnspaced(text.codePointAt(end))) {
      int cp = text.codePointAt(end);
      chars.add(new String(Character.toChars(cp)));
      end += Character.charCount(cp);
    }
    if (chars.size() == 1) {
      terms.add(chars.get(0));
    }
    for (int k = 0; k + 1 < chars.size(); k++) {
      terms.add(chars.get(k) + chars.get(k + 1));
    }
    return end;
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp)
        || cp == '_'
        || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  /** Han, Hiragana and Katakana: scripts written without spaces between words. */
  static boolean isUnspaced(int cp) {
    if (cp < 0x2E80) {
      return false; // below the CJK blocks: skips the script lookup for Latin, Cyrillic, Arabic,
      // ...
    }
    if (cp == 0x30FC) {
      return true; // the prolonged sound mark is "Common" script but only appears inside kana words
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
