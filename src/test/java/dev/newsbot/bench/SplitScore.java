package dev.newsbot.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One evaluation set's body scores, kept apart for its tuning and held-out parts: shingle F1 for
 * sets with a text truth, snippet matches for the trafilatura sets.
 */
final class SplitScore {
  private final String set;
  private final ShingleF1[] shingles = {new ShingleF1(), new ShingleF1()};
  private final SnippetScore[] snippets = {new SnippetScore(), new SnippetScore()};
  private final int[] pages = new int[2];
  private final int[] empty = new int[2];

  SplitScore(String set) {
    this.set = set;
  }

  String set() {
    return set;
  }

  PrecisionRecall addText(boolean heldOut, String expected, String predicted) {
    count(heldOut, predicted);
    return shingles[part(heldOut)].add(expected, predicted);
  }

  int addSnippets(boolean heldOut, EvalPage page, String predicted) {
    count(heldOut, predicted);
    return snippets[part(heldOut)].add(predicted, page.with(), page.without());
  }

  private void count(boolean heldOut, String predicted) {
    pages[part(heldOut)]++;
    empty[part(heldOut)] += predicted.isEmpty() ? 1 : 0;
  }

  private static int part(boolean heldOut) {
    return heldOut ? 1 : 0;
  }

  /** Prints one table row per part: set, part, pages, empty, P, R, F1. */
  void print(PrintStream out, String measure) {
    for (int i = 0; i < 2; i++) {
      PrecisionRecall pr = shingles[i].pages() > 0 ? shingles[i].mean() : snippets[i].result();
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %d | %d | %.3f | %.3f | **%.3f** |%n",
          set,
          i == 0 ? "tuning" : "held-out",
          measure,
          pages[i],
          empty[i],
          pr.precision(),
          pr.recall(),
          pr.f1());
    }
  }
}
