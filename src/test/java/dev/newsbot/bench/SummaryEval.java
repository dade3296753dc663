package dev.newsbot.bench;

import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.SentenceSplitter;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryBudget;
import dev.newsbot.summary.SummaryRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the extractive summariser against human summaries, beside LEAD-3 and two lead baselines of
 * the same length as ours, and measures its speed on one thread. Usage: {@code SummaryEval <dir
 * with cnndm-summeval-dev-50.jsonl and cnndm-realsumm-98.jsonl>}. The SummEval set was used to tune
 * {@code ScoringWeights} and the budget; RealSumm was held out.
 */
public final class SummaryEval {
  private static final List<String[]> DATASETS =
      List.of(
          new String[] {"cnndm-summeval-dev-50.jsonl", "summeval-dev-50 (tuning)"},
          new String[] {"cnndm-realsumm-98.jsonl", "realsumm-98 (held out)"});

  private SummaryEval() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
      err.println("usage: SummaryEval <directory holding the summary .jsonl sets>");
      return 2;
    }
    Summarizer ours = new ExtractiveSummarizer();
    List<String> table = new ArrayList<>();
    List<String> allReferences = new ArrayList<>();
    List<String> gains = new ArrayList<>();
    try {
      for (String[] dataset : DATASETS) {
        List<EvalArticle> articles = SummaryDataset.read(Path.of(args[0], dataset[0]));
        List<ScoreSheet> sheets = evaluate(ours, articles);
        double perSecond = Throughput.articlesPerSecond(ours, articles);
        for (ScoreSheet baseline : sheets.subList(1, sheets.size())) {
          PairedBootstrap.Interval d =
              PairedBootstrap.difference(sheets.get(0).perArticleR2(), baseline.perArticleR2());
          gains.add(
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %+.2f | %+.2f .. %+.2f |",
                  dataset[1],
                  baseline.system(),
                  d.mean(),
                  d.low(),
                  d.high()));
        }
        for (ScoreSheet s : sheets) {
          String speed = s == sheets.get(0) ? String.format(Locale.ROOT, "%.0f", perSecond) : "";
          table.add(row(dataset[1], s.system(), s.r1(), s.r2(), s.rl(), s.words(), speed));
          if (articles.get(0).references().size() > 1) {
            allReferences.add(
                row(dataset[1], s.system(), s.allR1(), s.allR2(), s.allRl(), s.words(), ""));
          }
        }
      }
    } catch (IOException e) {
      err.println("cannot read evaluation data: " + e.getMessage());
      return 1;
    }
    out.println(
        "ROUGE F1 x100 against `reference` (lower-cased \\w+ tokens, no stemming; RL = whole-text LCS)");
    printTable(out, table);
    out.println();
    out.println("SummEval: mean over all 11 references");
    printTable(out, allReferences);
    out.println();
    out.println(
        "R2 of ours minus baseline, per-article paired bootstrap (10,000 resamples, 95% interval)");
    out.println("| set | baseline | R2 gain | 95% interval |");
    out.println("|---|---|---:|---:|");
    gains.forEach(out::println);
    return 0;
  }

  /**
   * Ours first, then LEAD-3, the lead cut to our length, and whole lead sentences in our budget.
   */
  private static List<ScoreSheet> evaluate(Summarizer ours, List<EvalArticle> articles) {
    SentenceSplitter splitter = new SentenceSplitter();
    ScoreSheet extractive = new ScoreSheet("extractive (ours)");
    ScoreSheet lead3 = new ScoreSheet("LEAD-3");
    ScoreSheet matched = new ScoreSheet("lead cut to our length");
    ScoreSheet budgeted = new ScoreSheet("lead sentences in our budget");
    for (EvalArticle a : articles) {
      List<String> summary = Rouge.tokens(ours.summarize(new SummaryRequest("", "", a.text())));
      List<String> sentences = splitter.split(a.text());
      List<String> text = Rouge.tokens(a.text());
      extractive.add(summary, a);
      lead3.add(
          Rouge.tokens(String.join(" ", sentences.subList(0, Math.min(3, sentences.size())))), a);
      matched.add(text.subList(0, Math.min(summary.size(), text.size())), a);
      budgeted.add(Rouge.tokens(leadInBudget(sentences, SummaryBudget.DEFAULT)), a);
    }
    return List.of(extractive, lead3, matched, budgeted);
  }

  /** Leading sentences while they fit; the first even when it alone is too long. */
  private static String leadInBudget(List<String> sentences, SummaryBudget budget) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (String s : sentences) {
      if (n == budget.maxSentences()
          || (n > 0 && b.length() + 1 + s.length() > budget.maxChars())) {
        break;
      }
      b.append(n++ == 0 ? "" : " ").append(s);
    }
    return b.toString();
  }

  private static String row(
      String set, String system, double r1, double r2, double rl, double words, String speed) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.2f | %.2f | %.2f | %.1f | %s |",
        set,
        system,
        r1,
        r2,
        rl,
        words,
        speed);
  }

  private static void printTable(PrintStream out, List<String> rows) {
    out.println("| set | system | R1 | R2 | RL | words | articles/s |");
    out.println("|---|---|---:|---:|---:|---:|---:|");
    rows.forEach(out::println);
  }
}
