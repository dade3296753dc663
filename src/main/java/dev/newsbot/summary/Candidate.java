package dev.newsbot.summary;

import java.util.List;
import java.util.Objects;

/**
 * A sentence that may go into a summary.
 *
 * @param text the cleaned sentence as it would be shown
 * @param position its index among the body's usable sentences, or -1 for the standfirst; a sentence
 *     without its trailing clause (see {@link ClauseTrimmer}) keeps the whole one's
 * @param terms its terms, from {@link TermTokenizer}
 */
record Candidate(String text, int position, List<String> terms) {
  Candidate {
    Objects.requireNonNull(text, "text == null");
    terms = List.copyOf(terms);
    if (position < -1) {
      throw new IllegalArgumentException("position < -1: " + position);
    }
  }

  boolean isStandfirst() {
    return position == -1;
  }

  /** Length in terms: words, or character pairs in Chinese and Japanese. */
  int length() {
    return terms.size();
  }
}
