package dev.newsbot.summary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells whether a sentence opens by pointing back at the one before it: with a pronoun ("He said
 * ..."), a demonstrative ("This means ..."), a connective ("However, ...", "As a result, ...") or a
 * time told from an earlier one ("By then ...", "Two days later ..."). Shown without that sentence,
 * it leaves the reader asking who "he" is, what "however" answers or later than what. The words are
 * English, and the summariser asks only of English text (see {@link EnglishText}): German "So viele
 * ..." is not "So ...".
 */
final class BackReference {
  /** First words that point back, unless the opening is one that {@link #STANDS_ALONE}. */
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
          "nonetheless",
          "besides",
          "otherwise",
          "therefore",
          "thus",
          "hence",
          "consequently",
          "similarly",
          "likewise",
          "additionally",
          "afterwards",
          "afterward");

  /**
   * Openings of more than one word whose first word alone says nothing ("By", "At", "In"). A
   * connective that can also open a phrase standing alone ("In addition to the fee, ...", "As a
   * result of the strike, ...") counts only when a comma follows it; so does "at the time" but not
   * "at the time of".
   */
  private static final Pattern PHRASES =
      Pattern.compile(
          "((by|since|until) then|at (the|that) time(?! of)|in the meantime|even so(?!-)"
              + "|in turn(?!-)|on the other hand|(despite|because of) (this|that)(?!'s"
              + "|\\s+(year|week|month|morning|afternoon|evening|weekend|season)\\b)"
              + "|later that"
              + "|the (next|following|same) (day|morning|afternoon|evening|night|week|month|year)"
              + "|the day before"
              + "|(\\w+ ){0,2}(minutes|hours|days|weeks|months|years) later(?! than)"
              + "|(shortly|soon) afterwards?)\\b"
              + "|(as a result|in addition|in response|of (those|these)|for (example|instance)),",
          Pattern.CASE_INSENSITIVE);

  /**
   * Openings whose first word points back elsewhere but here tells the time from today: "This year
   * ...", "So far ...".
   */
  private static final Pattern STANDS_ALONE =
      Pattern.compile(
          "(this (year|week|month|morning|afternoon|evening|weekend|spring|summer|autumn|winter"
              + "|season)|so far|these days)\\b",
          Pattern.CASE_INSENSITIVE);

  private BackReference() {}

  /** Whether {@code sentence}'s opening, with its capital, is one that points back. */
  static boolean pointsBack(String sentence) {
    int to = 0;
    while (to < sentence.length() && Character.isLetter(sentence.charAt(to))) {
      to++;
    }
    return to > 0
        && Character.isUpperCase(sentence.charAt(0))
        && ((OPENERS.contains(sentence.substring(0, to).toLowerCase(Locale.ROOT))
                && !STANDS_ALONE.matcher(sentence).lookingAt())
            || PHRASES.matcher(sentence).lookingAt());
  }
}
