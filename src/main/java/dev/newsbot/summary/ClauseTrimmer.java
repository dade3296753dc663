package dev.newsbot.summary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Offers a sentence without its trailing clause, so that a summary short of room can keep a long
 * sentence's main point rather than lose it whole: "The council approved the plan, which had been
 * debated at length." becomes "The council approved the plan.". Only a clause that follows the
 * sentence's last comma and opens with a conjunction, a relative word or a preposition that starts
 * a clause is dropped, so the rest still reads as a sentence; a tail that attributes the claim
 * ("..., police said.") always stays. So does a tail that can change what the rest means: one that
 * sets a condition or a contrast ("..., but only for residents", "..., unless the rain stops",
 * "..., as long as ..."), one that holds a negation ("..., which was never approved") and one that
 * holds a number ("..., which killed 12 people"). The words are English: the summariser trims
 * English text only (see {@link EnglishText}).
 */
final class ClauseTrimmer {
  /** Words that open a clause that can go without changing what the sentence says before it. */
  private static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "and",
          "which",
          "who",
          "whose",
          "while",
          "whilst",
          "where",
          "with",
          "including",
          "after",
          "as",
          "despite",
          "before",
          "leaving",
          "making",
          "meaning",
          "prompting",
          "sparking",
          "bringing",
          "following",
          "because");

  /**
   * A tail that says what the rest of the sentence depends on, denies or counts: without it the
   * sentence may say the opposite of what was written, or lose its figure. "as long as" opens a
   * condition though "as" opens a clause that can go; "but", "until", "unless", "when" and "if" are
   * not {@link #CLAUSE_OPENERS} at all, for the same reason.
   */
  private static final Pattern MEANING_TAIL =
      Pattern.compile(
          "^as long as\\b"
              + "|\\b(not|no|never|nor|neither|none|nobody|nothing|nowhere|cannot|without)\\b"
              + "|n['’]t\\b"
              + "|\\d"
              + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              + "(thir|four|fif|six|seven|eigh|nine)teen|(twen|thir|for|fif|six|seven|eigh|nine)ty|"
              + "hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that may join the last items of a list ("red, white and blue"), not two clauses. */
  private static final Set<String> LIST_JOINERS = Set.of("and", "or");

  /** The fewest terms a trimmed sentence keeps: a shorter remainder says too little alone. */
  private static final int MIN_TERMS = 8;

  private final TermTokenizer tokenizer;

  ClauseTrimmer(TermTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** {@code sentence} without its trailing clause, or empty when it has none that can go. */
  Optional<String> withoutTrailingClause(String sentence) {
    int comma = sentence.lastIndexOf(", ");
    if (comma <= 0) {
      return Optional.empty();
    }
    String head = sentence.substring(0, comma).stripTrailing();
    String opener = firstWord(sentence, comma + 2);
    if (!CLAUSE_OPENERS.contains(opener)
        || MEANING_TAIL.matcher(sentence.substring(comma + 2)).find()
        || (LIST_JOINERS.contains(opener) && head.indexOf(',') >= 0)
        || !isBalanced(head)
        || tokenizer.terms(head).size() < MIN_TERMS) {
      return Optional.empty();
    }
    return Optional.of(head + finalStop(sentence));
  }

  /** The sentence's own stop ("?" stays a question), or a full stop. */
  private static char finalStop(String sentence) {
    for (int i = sentence.length() - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return c;
      }
      if (Character.isLetterOrDigit(c)) {
        break;
      }
    }
    return '.';
  }

  private static String firstWord(String s, int from) {
    int to = from;
    while (to < s.length() && Character.isLetter(s.charAt(to))) {
      to++;
    }
    return s.substring(from, to).toLowerCase(Locale.ROOT);
  }

  /** Whether every bracket and double quote opened in {@code s} is closed in it too. */
  private static boolean isBalanced(String s) {
    int round = 0;
    int curly = 0;
    int straight = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '(' -> round++;
        case ')' -> round--;
        case '“' -> curly++;
        case '”' -> curly--;
        case '"' -> straight++;
        default -> {}
      }
    }
    return round == 0 && curly == 0 && straight % 2 == 0;
  }
}
