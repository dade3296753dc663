package dev.newsbot.summary;

import java.util.List;

/**
 * Estimates how much of each sentence belongs in a summary, from its position, how central it is to
 * the article, how close it is to the title, and a few surface cues.
 */
final class SentenceScorer {
  private final ScoringWeights weights;

  SentenceScorer(ScoringWeights weights) {
    this.weights = weights;
  }

  /**
   * One score per candidate, in the same order; never negative.
   *
   * @param vectors the candidates' term vectors, in the same order
   * @param centroid the vector of the whole article
   * @param title the title's vector, empty when there is no title
   */
  double[] score(
      List<Candidate> candidates,
      List<SparseVector> vectors,
      SparseVector centroid,
      SparseVector title) {
    int n = candidates.size();
    double[] centrality = new double[n];
    double maxCentrality = 0;
    for (int i = 0; i < n; i++) {
      centrality[i] = vectors.get(i).cosineWithRest(centroid);
      maxCentrality = Math.max(maxCentrality, centrality[i]);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      double s = weights.position() * prior(c);
      if (maxCentrality > 0) {
        s += weights.centrality() * centrality[i] / maxCentrality;
      }
      s += weights.title() * vectors.get(i).cosine(title);
      if (hasDigit(c.text())) {
        s += weights.number();
      }
      if (opensWithQuote(c.text())) {
        s -= weights.quote();
      }
      if (!c.isStandfirst()
          && (c.length() < weights.minWords() || c.length() > weights.maxWords())) {
        s *= 0.5;
      }
      scores[i] = Math.max(0, s);
    }
    return scores;
  }

  private double prior(Candidate c) {
    if (c.isStandfirst()) {
      return 1 + weights.standfirst();
    }
    int beyondLead = Math.max(0, c.position() - weights.flatLead());
    return 1 / (1 + beyondLead / weights.positionDecay());
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensWithQuote(String s) {
    return !s.isEmpty() && "\"'“‘«「『„".indexOf(s.charAt(0)) >= 0;
  }
}
