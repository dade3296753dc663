package dev.newsbot.summary;

import java.util.Locale;
import java.util.Set;

/**
 * Tells whether a sentence opens by pointing back at the one before it: with a pronoun ("He said
 * ..."), a demonstrative ("This means ...") or a connective ("However, ..."). Shown without that
 * sentence, it leaves the reader asking who "he" is or what "however" answers. The words are
 * English, and the summariser asks only of English text (see {@link EnglishText}): German "So viele
 * ..." is not "So ...".
 */
final class BackReference {
  private static final Set<String> OPENERS =
      Set.of(
          "he",
          "she",
          "it",
          "they",
          "him",
          "her",
          "them",
          "his",
          "its",
          "their",
          "this",
          "that",
          "these",
          "those",
          "however",
          "but",
          "and",
          "also",
          "meanwhile",
          "yet",
          "so",
          "still",
          "instead",
          "then",
          "moreover",
          "furthermore",
          "nevertheless",
          "besides",
          "otherwise",
          "therefore",
          "thus");

  private BackReference() {}

  /** Whether {@code sentence}'s first word, with its capital, is one that points back. */
  static boolean pointsBack(String sentence) {
    int to = 0;
    while (to < sentence.length() && Character.isLetter(sentence.charAt(to))) {
      to++;
    }
    return to > 0
        && Character.isUpperCase(sentence.charAt(0))
        && OPENERS.contains(sentence.substring(0, to).toLowerCase(Locale.ROOT));
  }
}
