package dev.newsbot.summary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one article with their inverse sentence frequency, so that words in every sentence
 * weigh little and the article's own topic words weigh much, in any language. No outside corpus.
 */
final class TermSpace {
  private final Map<String, Integer> ids = new HashMap<>();
  private final double[] idf;
  private final Set<String> stopwords;

  /** Builds the space over {@code sentences}, each given as its list of terms. */
  TermSpace(List<List<String>> sentences, Set<String> stopwords) {
    this.stopwords = stopwords;
    int[] df = new int[16];
    for (List<String> terms : sentences) {
      for (String t : Set.copyOf(terms)) {
        int id = ids.computeIfAbsent(t, k -> ids.size());
        if (id >= df.length) {
          df = Arrays.copyOf(df, df.length * 2);
        }
        df[id]++;
      }
    }
    int n = sentences.size();
    idf = new double[ids.size()];
    for (int id = 0; id < idf.length; id++) {
      idf[id] = Math.log((n + 1.0) / (df[id] + 0.5));
    }
  }

  /**
   * Term frequency times idf; stopwords and terms unknown to the article are left out. The vector
   * of all the article's terms together is the article's centroid.
   */
  SparseVector vector(List<String> terms) {
    Map<Integer, Double> tf = new HashMap<>();
    for (String t : terms) {
      Integer id = ids.get(t);
      if (id != null && !stopwords.contains(t)) {
        tf.merge(id, idf[id], Double::sum);
      }
    }
    int[] keys = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] weights = new double[keys.length];
    for (int k = 0; k < keys.length; k++) {
      weights[k] = tf.get(keys[k]);
    }
    return new SparseVector(keys, weights);
  }
}
