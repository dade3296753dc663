package dev.newsbot.bench;

import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.ExtractedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores {@link ArticleExtractor} against the evaluation pages and prints a table for the README.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsbot.bench.ExtractionEval
 * -Dexec.args=/work/shared/eval}; add {@code --pages} to the arguments for one line per tuning page
 * (held-out pages are scored but never listed, so rules are not chosen on them).
 */
public final class ExtractionEval {
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final PrintStream out;
  private final boolean perPage;

  private ExtractionEval(PrintStream out, boolean perPage) {
    this.out = out;
    this.perPage = perPage;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ExtractionEval EVAL_DIR [--pages] [--no-speed]");
      System.exit(2);
    }
    List<String> flags = List.of(args).subList(1, args.length);
    new ExtractionEval(System.out, flags.contains("--pages"))
        .run(Path.of(args[0]), !flags.contains("--no-speed"));
  }

  private void run(Path root, boolean speed) throws IOException {
    List<EvalPage> readability = EvalData.readabilityPages(root);
    List<EvalPage> trafilatura = EvalData.trafilaturaPages(root);

    SplitScore readable = new SplitScore("readability-pages");
    int[] notReadable = new int[2];
    int[] notReadableEmpty = new int[2];
    MetadataScore[] readabilityParts = {new MetadataScore(), new MetadataScore()};
    for (EvalPage page : readability) {
      boolean heldOut = HeldOut.contains(readable.set(), page.name());
      Optional<ExtractedArticle> article = extract(page);
      String text = article.map(ExtractedArticle::text).orElse("");
      int part = heldOut ? 1 : 0;
      MetadataScore readabilityMeta = readabilityParts[part];
      PrecisionRecall pr = null;
      if (page.readerable()) {
        pr = readable.addText(heldOut, page.expectedText(), text);
      } else {
        notReadable[part]++;
        notReadableEmpty[part] += article.isEmpty() ? 1 : 0;
      }
      boolean title =
          readabilityMeta.title(page.title(), article.map(ExtractedArticle::title).orElse(null));
      boolean author =
          readabilityMeta.author(
              page.author(), article.map(ExtractedArticle::authors).orElse(List.of()));
      boolean date =
          readabilityMeta.date(page.date(), article.map(ExtractedArticle::published).orElse(null));
      if (perPage && !heldOut) {
        out.print(
            oneLine(
                String.format(
                    Locale.ROOT,
                    "readability-pages %-40s %s %s%s%n",
                    page.name(),
                    pr == null ? "readerable=false" : scores(pr),
                    article.isEmpty() ? "EMPTY " : "",
                    mismatches(page, article, title, author, date))));
      }
    }

    MetadataScore[] trafilaturaParts = {new MetadataScore(), new MetadataScore()};
    SplitScore snippets = snippetSet("trafilatura-eval", trafilatura, trafilaturaParts);
    SplitScore snippetsRest =
        snippetSet("trafilatura-eval-rest", EvalData.trafilaturaRestPages(root), null);
    List<SplitScore> wceb = new ArrayList<>();
    for (String set : List.of("cleaneval", "cleanportaleval", "dragnet")) {
      wceb.add(textSet(set, EvalData.wcebPages(root, set)));
    }

    out.printf(
        Locale.ROOT,
        "Held out: %d%% of each set by the SHA-1 of set/file name (HeldOut.java).%n%n",
        HeldOut.PERCENT);
    out.println("| set | part | measure | pages | no article | P | R | F1 |");
    out.println("|---|---|---|---:|---:|---:|---:|---:|");
    readable.print(out, "shingle F1, readerable pages");
    snippets.print(out, "snippets");
    snippetsRest.print(out, "snippets");
    for (SplitScore set : wceb) {
      set.print(out, "shingle F1");
    }
    out.println();
    out.println("| measure | value |");
    out.println("|---|---|");
    out.printf(
        Locale.ROOT,
        "| readerable=false pages judged not an article, tuning / held-out | %d/%d / %d/%d |%n",
        notReadableEmpty[0],
        notReadable[0],
        notReadableEmpty[1],
        notReadable[1]);
    for (int part = 0; part < 2; part++) {
      String name = part == 0 ? "tuning" : "held-out";
      MetadataScore r = readabilityParts[part];
      MetadataScore t = trafilaturaParts[part];
      out.printf("| title, readability-pages, %s | %s |%n", name, r.titleLine());
      out.printf("| title, trafilatura-eval, %s | %s |%n", name, t.titleLine());
      out.printf("| author, readability-pages, %s | %s |%n", name, r.authorLine());
      out.printf("| author, trafilatura-eval, %s | %s |%n", name, t.authorLine());
      out.printf("| date, readability-pages, %s | %s |%n", name, r.dateLine());
      out.printf("| date, trafilatura-eval, %s | %s |%n", name, t.dateLine());
    }
    if (speed) {
      List<EvalPage> everything = new ArrayList<>(readability);
      everything.addAll(trafilatura);
      new SpeedBench(extractor, out).run(everything);
    }
  }

  /**
   * Scores a snippet set; {@code parts} (may be null) collect title, author and date agreement of
   * the tuning part and the held-out part.
   */
  private SplitScore snippetSet(String name, List<EvalPage> pages, MetadataScore[] parts)
      throws IOException {
    SplitScore score = new SplitScore(name);
    for (EvalPage page : pages) {
      boolean heldOut = HeldOut.contains(name, page.name());
      Optional<ExtractedArticle> article = extract(page);
      int errors = score.addSnippets(heldOut, page, article.map(ExtractedArticle::text).orElse(""));
      String wrong = "";
      if (parts != null) {
        MetadataScore meta = parts[heldOut ? 1 : 0];
        boolean title = meta.title(page.title(), article.map(ExtractedArticle::title).orElse(null));
        boolean author =
            meta.author(page.author(), article.map(ExtractedArticle::authors).orElse(List.of()));
        boolean date =
            meta.date(page.date(), article.map(ExtractedArticle::published).orElse(null));
        wrong = mismatches(page, article, title, author, date);
      }
      if (perPage && !heldOut) {
        out.print(
            oneLine(
                String.format(
                    Locale.ROOT,
                    "%s %-40s errors %d %s%s%n",
                    name,
                    page.name(),
                    errors,
                    article.isEmpty() ? "EMPTY " : "",
                    wrong)));
      }
    }
    return score;
  }

  private SplitScore textSet(String name, List<EvalPage> pages) throws IOException {
    SplitScore score = new SplitScore(name);
    for (EvalPage page : pages) {
      boolean heldOut = HeldOut.contains(name, page.name());
      Optional<ExtractedArticle> article = extract(page);
      PrecisionRecall pr =
          score.addText(
              heldOut, page.expectedText(), article.map(ExtractedArticle::text).orElse(""));
      if (perPage && !heldOut) {
        out.printf(
            Locale.ROOT,
            "%s %-40s %s %s%n",
            name,
            page.name(),
            scores(pr),
            article.isEmpty() ? "EMPTY" : "");
      }
    }
    return score;
  }

  private static String scores(PrecisionRecall pr) {
    return String.format(
        Locale.ROOT, "P %.3f R %.3f F1 %.3f", pr.precision(), pr.recall(), pr.f1());
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\n\\s*", " / ").strip() + "\n";
  }

  private Optional<ExtractedArticle> extract(EvalPage page) throws IOException {
    return extractor.extract(Files.readAllBytes(page.source()), null, page.url(), ZoneOffset.UTC);
  }

  /** The metadata a page got wrong, as "title[truth != ours] author[...] date[...]". */
  private static String mismatches(
      EvalPage page,
      Optional<ExtractedArticle> article,
      boolean title,
      boolean author,
      boolean date) {
    return (title
            ? ""
            : "title["
                + page.title()
                + " != "
                + article.map(ExtractedArticle::title).orElse("")
                + "] ")
        + (author
            ? ""
            : "author["
                + page.author()
                + " != "
                + article.map(ExtractedArticle::authors).orElse(List.of())
                + "] ")
        + (date
            ? ""
            : "date["
                + page.date()
                + " != "
                + article.map(ExtractedArticle::published).orElse(null)
                + "]");
  }
}
