package dev.newsbot.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a word ending in a full stop is an abbreviation rather than the end of a
 * sentence. The lists are English: other languages mostly fall through to "ends a sentence", which
 * is the right default when the next word starts with a capital.
 */
final class Abbreviations {
  /** Titles before a name: never end a sentence ("Mr. Lee", "Dr. Tan", "Gen. Ng"). */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "ft", "gen", "sen", "rep", "gov",
          "pres", "capt", "cmdr", "adm", "lt", "col", "maj", "sgt", "cpl", "pte", "rev", "hon",
          "supt", "insp", "det", "messrs", "mme", "mlle", "sra", "srta", "hr", "fr");

  /** Words that stand before a number ("No. 5", "Jan. 12", "Vol. 3"). */
  private static final Set<String> BEFORE_NUMBER =
      Set.of(
          "no", "nos", "vol", "p", "pp", "art", "fig", "ch", "sec", "para", "approx", "ca", "est",
          "rs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "tel", "ext", "op");

  /** Abbreviations that may end a sentence: split only when a typical sentence opener follows. */
  private static final Set<String> AMBIGUOUS =
      Set.of(
          "inc", "ltd", "co", "corp", "plc", "bros", "jr", "sr", "etc", "ave", "blvd", "rd", "dept",
          "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec", "approx", "est", "govt", "intl");

  /** Never end a sentence whatever follows ("e.g. Paris", "vs. Chelsea"). */
  private static final Set<String> NEVER_FINAL =
      Set.of("e.g", "i.e", "cf", "viz", "vs", "v", "eg", "ie", "al");

  /**
   * Capitalised words that usually start a sentence; after "U.S." or "Inc." they tip the balance
   * towards a boundary ("in the U.S. The company ..." but "U.S. President ...").
   */
  private static final Set<String> OPENERS =
      Set.of(
          "the",
          "a",
          "an",
          "he",
          "she",
          "it",
          "they",
          "we",
          "i",
          "you",
          "this",
          "that",
          "these",
          "those",
          "there",
          "his",
          "her",
          "its",
          "their",
          "our",
          "but",
          "and",
          "or",
          "so",
          "yet",
          "in",
          "on",
          "at",
          "as",
          "after",
          "before",
          "while",
          "when",
          "if",
          "however",
          "meanwhile",
          "also",
          "both",
          "some",
          "many",
          "most",
          "one",
          "no",
          "not",
          "now",
          "then",
          "last",
          "earlier",
          "later",
          "according",
          "what",
          "who",
          "why",
          "how");

  private Abbreviations() {}

  /**
   * Whether the full stop after {@code word} ends the sentence.
   *
   * @param word the word before the stop, without the stop and without leading quotes or brackets
   * @param nextWord the word after the gap, without leading quotes or brackets (may be empty)
   */
  static boolean endsSentence(String word, String nextWord) {
    String w = word.toLowerCase(Locale.ROOT);
    boolean numberFollows = !nextWord.isEmpty() && Character.isDigit(nextWord.codePointAt(0));
    if (TITLES.contains(w) || NEVER_FINAL.contains(w)) {
      return false;
    }
    if (numberFollows && BEFORE_NUMBER.contains(w)) {
      return false;
    }
    if (isInitial(word)) {
      return false;
    }
    if (AMBIGUOUS.contains(w) || isDotted(word)) {
      return numberFollows || OPENERS.contains(nextWord.toLowerCase(Locale.ROOT));
    }
    return true;
  }

  /** "J" in "J. K. Rowling": one capital letter, except the pronoun "I" ("... and so did I."). */
  private static boolean isInitial(String word) {
    return word.codePointCount(0, word.length()) == 1
        && Character.isUpperCase(word.codePointAt(0))
        && !word.equals("I");
  }

  /** "U.S", "a.m", "Ph.D": letters with inner stops. */
  private static boolean isDotted(String word) {
    if (word.indexOf('.') <= 0) {
      return false;
    }
    for (String part : word.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }
}
