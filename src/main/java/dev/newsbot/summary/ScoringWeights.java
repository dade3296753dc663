package dev.newsbot.summary;

/**
 * How {@link SentenceScorer} and {@link SentenceSelector} weigh a sentence. A score estimates the
 * share of a sentence's word pairs that a human summary would also use. Position, centrality,
 * number and quote weights were fitted by least squares on the SummEval tuning set and then checked
 * on a small grid there (see {@code dev.newsbot.bench.SummaryEval}); the data has no titles or
 * standfirsts, so {@code title} and {@code standfirst} are judgement, not measurement.
 *
 * @param position weight of the position prior, which is 1 for the first {@code flatLead} sentences
 *     and decays as 1 / (1 + k / positionDecay) after them
 * @param flatLead how many opening sentences share the top prior: news ledes often open with a
 *     scene-setting hook and put the facts in the second sentence
 * @param positionDecay how many sentences after the flat lead halve the prior
 * @param centrality weight of the cosine between a sentence and the rest of the article
 * @param title weight of the cosine between a sentence and the title
 * @param number bonus for a sentence holding a number: figures, dates and scores are news
 * @param quote penalty for a sentence that opens with a quotation mark: quotes colour a story but
 *     rarely summarise it
 * @param minWords sentences shorter than this are fragments and count half
 * @param maxWords sentences longer than this are usually run-on captions and count half
 * @param standfirst extra prior for the site's own standfirst, on top of the top position prior
 * @param redundancy how much of the smaller sentence's value a pair loses per unit of cosine
 * @param duplicate cosine above which two sentences never appear together
 * @param restatement share of the shorter sentence's content terms, held by the other too, at and
 *     above which two sentences never appear together (see {@link Restatement}); chosen on the
 *     SummEval tuning set
 * @param targetLength the length, in terms, of the human summary the selection aims to match: a
 *     selection is worth its expected matching terms over its length plus this
 */
record ScoringWeights(
    double position,
    int flatLead,
    double positionDecay,
    double centrality,
    double title,
    double number,
    double quote,
    int minWords,
    int maxWords,
    double standfirst,
    double redundancy,
    double duplicate,
    double restatement,
    double targetLength) {

  static final ScoringWeights DEFAULT =
      new ScoringWeights(0.14, 1, 1.0, 0.10, 0.06, 0.025, 0.025, 6, 50, 0.5, 0.5, 0.8, 0.55, 50);

  ScoringWeights {
    requireNonNegative("position", position);
    requireNonNegative("flatLead", flatLead);
    requirePositive("positionDecay", positionDecay);
    requireNonNegative("centrality", centrality);
    requireNonNegative("title", title);
    requireNonNegative("number", number);
    requireNonNegative("quote", quote);
    requireNonNegative("minWords", minWords);
    requirePositive("maxWords", maxWords);
    requireNonNegative("standfirst", standfirst);
    requireNonNegative("redundancy", redundancy);
    requirePositive("duplicate", duplicate);
    if (!(restatement > 0 && restatement <= 1)) {
      throw new IllegalArgumentException("restatement must be in (0, 1]: " + restatement);
    }
    requireNonNegative("targetLength", targetLength);
  }

  private static void requireNonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be >= 0: " + value);
    }
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be > 0: " + value);
    }
  }
}
