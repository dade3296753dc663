package dev.newsbot.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells when two sentences say nearly the same thing: the share of the shorter one's content terms
 * that the other also holds. Content terms are the words that are not stopwords, compared by their
 * first five letters so that "reopens" meets "reopen", and the character pairs of Chinese and
 * Japanese, so no spaces are assumed. Unlike a cosine, the share sees a short teaser inside a long
 * lead sentence as a repeat.
 */
final class Restatement {
  /** Letters a word is compared by: a crude stem that needs no language. */
  private static final int STEM = 5;

  private final Set<String> stopwords;
  private final double threshold;

  /**
   * @param threshold the share, in (0, 1], at and above which two sentences are repeats
   */
  Restatement(Set<String> stopwords, double threshold) {
    this.stopwords = Set.copyOf(stopwords);
    this.threshold = threshold;
  }

  /** Whether two sentences, given by their {@link #content} terms, repeat each other. */
  boolean repeats(Set<String> a, Set<String> b) {
    return share(a, b) >= threshold;
  }

  /**
   * {@code sentences} without each one that repeats one kept before it, in order; the first {@code
   * most} of those at most.
   */
  List<Candidate> firstSayings(List<Candidate> sentences, int most) {
    List<Candidate> kept = new ArrayList<>(most);
    List<Set<String>> keptContent = new ArrayList<>(most);
    for (Candidate c : sentences) {
      if (kept.size() == most) {
        break;
      }
      Set<String> content = content(c);
      if (keptContent.stream().noneMatch(k -> repeats(k, content))) {
        kept.add(c);
        keptContent.add(content);
      }
    }
    return kept;
  }

  private static double share(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String t : small) {
      if (large.contains(t)) {
        shared++;
      }
    }
    return (double) shared / small.size();
  }

  /** The terms two sentences are compared by. */
  Set<String> content(Candidate c) {
    Set<String> terms = new HashSet<>();
    for (String t : c.terms()) {
      if (!stopwords.contains(t)) {
        terms.add(
            t.codePointCount(0, t.length()) > STEM
                ? t.substring(0, t.offsetByCodePoints(0, STEM))
                : t);
      }
    }
    return terms;
  }
}
