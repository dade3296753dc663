package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits article text into sentences. Blank lines always end a sentence. Within a paragraph a
 * sentence ends at {@code . ! ? …} (plus any closing quotes or brackets) before a gap and a word
 * that does not start in lower case, unless the stop belongs to an abbreviation, an initial or a
 * number. CJK full stops ({@code 。！？}) end a sentence with or without a following space.
 */
public final class SentenceSplitter {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00A0\\r]*\\n\\s*");

  /** Splits {@code text} into trimmed, whitespace-normalised sentences, in order. */
  public List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String paragraph : PARAGRAPH_BREAK.split(text)) {
      splitParagraph(normalizeSpace(paragraph), sentences);
    }
    return sentences;
  }

  private static void splitParagraph(String p, List<String> out) {
    int n = p.length();
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = p.charAt(i);
      if (isCjkStop(c)) {
        int end = skipClosers(p, skipStops(p, i));
        add(p, start, end, out);
        start = end < n && p.charAt(end) == ' ' ? end + 1 : end;
        i = start;
      } else if (isStop(c)) {
        int afterStops = skipStops(p, i);
        int end = skipClosers(p, afterStops);
        if (end < n && p.charAt(end) == ' ' && isBoundary(p, start, i, afterStops, end + 1)) {
          add(p, start, end, out);
          start = skipStrayCloser(p, end + 1);
        }
        i = Math.max(afterStops, i + 1);
      } else {
        i++;
      }
    }
    add(p, start, n, out);
  }

  /**
   * Whether the stops at {@code [stop, afterStops)} end the sentence that started at {@code start},
   * given that the next sentence would begin at {@code next}.
   */
  private static boolean isBoundary(String p, int start, int stop, int afterStops, int next) {
    String nextWord = wordAt(p, next);
    if (nextWord.isEmpty()) {
      return true; // a dash, a bullet or a symbol follows: nothing suggests the sentence goes on
    }
    int first = nextWord.codePointAt(0);
    if (Character.isLowerCase(first)) {
      return false; // "e.g. the", "Yahoo! said", "... and then"
    }
    boolean singleFullStop = afterStops - stop == 1 && p.charAt(stop) == '.';
    if (!singleFullStop) {
      return true; // "!", "?", "?!", "..." or "…" before a capital
    }
    String word = wordBefore(p, start, stop);
    return word.isEmpty() || Abbreviations.endsSentence(word, nextWord);
  }

  /** The word ending just before {@code stop}, without leading quotes or brackets. */
  private static String wordBefore(String p, int start, int stop) {
    int from = stop;
    while (from > start && p.charAt(from - 1) != ' ') {
      from--;
    }
    while (from < stop && isOpener(p.charAt(from))) {
      from++;
    }
    return p.substring(from, stop);
  }

  /**
   * The letters and digits of the word starting at {@code at}, after any opening quotes or
   * brackets.
   */
  private static String wordAt(String p, int at) {
    int from = at;
    while (from < p.length() && isOpener(p.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < p.length()) {
      int cp = p.codePointAt(to);
      if (!Character.isLetterOrDigit(cp)) {
        break;
      }
      to += Character.charCount(cp);
    }
    return p.substring(from, to);
  }

  /**
   * Text that was tokenised and joined again leaves a closing quote behind the gap ("... goal. ’ He
   * said"); such a quote belongs to no sentence and is dropped.
   */
  private static int skipStrayCloser(String p, int at) {
    int i = at;
    while (i + 1 < p.length() && isCloser(p.charAt(i)) && p.charAt(i + 1) == ' ') {
      i += 2;
    }
    return i;
  }

  private static int skipStops(String p, int i) {
    int j = i;
    while (j < p.length() && (isStop(p.charAt(j)) || isCjkStop(p.charAt(j)))) {
      j++;
    }
    return j;
  }

  private static int skipClosers(String p, int i) {
    int j = i;
    while (j < p.length() && isCloser(p.charAt(j))) {
      j++;
    }
    return j;
  }

  private static void add(String p, int from, int to, List<String> out) {
    String s = p.substring(from, Math.min(to, p.length())).strip();
    if (!s.isEmpty()) {
      out.add(s);
    }
  }

  /**
   * Collapses every run of whitespace, including no-break spaces and single newlines, to one space.
   */
  private static String normalizeSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isStop(char c) {
    // '।' (Devanagari danda) and '؟' (Arabic question mark) end sentences in space-separated
    // scripts too.
    return c == '.' || c == '!' || c == '?' || c == '…' || c == '।' || c == '؟';
  }

  private static boolean isCjkStop(char c) {
    return c == '。' || c == '！' || c == '？' || c == '｡';
  }

  private static boolean isCloser(char c) {
    return "\"'”’)]»›」』）】〕".indexOf(c) >= 0;
  }

  private static boolean isOpener(char c) {
    return "\"'“‘([«‹「『（【〔¿¡".indexOf(c) >= 0;
  }
}
