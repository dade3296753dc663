package dev.newsbot.bench;

import java.util.ArrayList;
import java.util.List;

/** Running means of one system's ROUGE scores and summary length over a data set. */
final class ScoreSheet {
  private final String system;
  private int count;
  private double r1;
  private double r2;
  private double rl;
  private double allR1;
  private double allR2;
  private double allRl;
  private long words;
  private final List<Double> perArticleR2 = new ArrayList<>();

  ScoreSheet(String system) {
    this.system = system;
  }

  /**
   * Scores one summary, given as its tokens, against the article's reference and all references.
   */
  void add(List<String> summary, EvalArticle article) {
    Rouge.Scores s = Rouge.score(summary, Rouge.tokens(article.reference()));
    r1 += s.rouge1();
    r2 += s.rouge2();
    rl += s.rougeL();
    perArticleR2.add(100 * s.rouge2());
    double a1 = 0;
    double a2 = 0;
    double al = 0;
    for (String reference : article.references()) {
      Rouge.Scores m = Rouge.score(summary, Rouge.tokens(reference));
      a1 += m.rouge1();
      a2 += m.rouge2();
      al += m.rougeL();
    }
    int n = article.references().size();
    allR1 += a1 / n;
    allR2 += a2 / n;
    allRl += al / n;
    words += summary.size();
    count++;
  }

  /** ROUGE-2 F1 x100 against {@code reference}, one per article in the order added. */
  List<Double> perArticleR2() {
    return List.copyOf(perArticleR2);
  }

  String system() {
    return system;
  }

  double r1() {
    return 100 * r1 / count;
  }

  double r2() {
    return 100 * r2 / count;
  }

  double rl() {
    return 100 * rl / count;
  }

  double allR1() {
    return 100 * allR1 / count;
  }

  double allR2() {
    return 100 * allR2 / count;
  }

  double allRl() {
    return 100 * allRl / count;
  }

  double words() {
    return (double) words / count;
  }
}
