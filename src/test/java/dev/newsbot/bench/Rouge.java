package dev.newsbot.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 as the eval README defines them: lower-cased Unicode {@code \w+}
 * tokens, no stemming, no stopword removal, n-grams counted as multisets. ROUGE-L is the longest
 * common subsequence of the whole token sequences (not the per-sentence "Lsum" variant), which is
 * why it reads lower than the ~36 quoted for LEAD-3 in the literature.
 */
public final class Rouge {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Rouge() {}

  /** F1 scores in [0, 1]. */
  public record Scores(double rouge1, double rouge2, double rougeL) {}

  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public static Scores score(List<String> candidate, List<String> reference) {
    return new Scores(
        ngramF1(candidate, reference, 1),
        ngramF1(candidate, reference, 2),
        lcsF1(candidate, reference));
  }

  static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> ref = ngrams(reference, n);
    Map<List<String>, Integer> cand = ngrams(candidate, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : cand.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return f1(
        overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  static double lcsF1(List<String> candidate, List<String> reference) {
    int[] previous = new int[reference.size() + 1];
    for (String c : candidate) {
      int[] current = new int[reference.size() + 1];
      for (int j = 0; j < reference.size(); j++) {
        current[j + 1] =
            c.equals(reference.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
      }
      previous = current;
    }
    return f1(previous[reference.size()], candidate.size(), reference.size());
  }

  private static double f1(int overlap, int candidateCount, int referenceCount) {
    if (overlap == 0) {
      return 0;
    }
    double p = (double) overlap / candidateCount;
    double r = (double) overlap / referenceCount;
    return 2 * p * r / (p + r);
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }
}
