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
 * -Dexec.args=/work/shared/eval}; add {@code --pages} to the arguments for one line per page.
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

    ShingleF1 readable = new ShingleF1();
    ShingleF1 everyPage = new ShingleF1();
    MetadataScore readabilityMeta = new MetadataScore();
    int notReadable = 0;
    int notReadableEmpty = 0;
    for (EvalPage page : readability) {
      Optional<ExtractedArticle> article = extract(page);
      String text = article.map(ExtractedArticle::text).orElse("");
      PrecisionRecall pr = everyPage.add(page.expectedText(), text);
      if (page.readerable()) {
        readable.add(page.expectedText(), text);
      } else {
        notReadable++;
        notReadableEmpty += article.isEmpty() ? 1 : 0;
      }
      boolean title =
          readabilityMeta.title(page.title(), article.map(ExtractedArticle::title).orElse(null));
      boolean author =
          readabilityMeta.author(
              page.author(), article.map(ExtractedArticle::authors).orElse(List.of()));
      boolean date =
          readabilityMeta.date(page.date(), article.map(ExtractedArticle::published).orElse(null));
      if (perPage) {
        out.print(
            oneLine(
                String.format(
                    Locale.ROOT,
                    "R %-40s P %.3f R %.3f %s%s%n",
                    page.name(),
                    pr.precision(),
                    pr.recall(),
                    article.isEmpty() ? "EMPTY " : "",
                    mismatches(page, article, title, author, date))));
      }
    }

    SnippetScore snippets = new SnippetScore();
    MetadataScore trafilaturaMeta = new MetadataScore();
    int trafilaturaEmpty = 0;
    for (EvalPage page : trafilatura) {
      Optional<ExtractedArticle> article = extract(page);
      trafilaturaEmpty += article.isEmpty() ? 1 : 0;
      int errors =
          snippets.add(article.map(ExtractedArticle::text).orElse(""), page.with(), page.without());
      boolean title =
          trafilaturaMeta.title(page.title(), article.map(ExtractedArticle::title).orElse(null));
      boolean author =
          trafilaturaMeta.author(
              page.author(), article.map(ExtractedArticle::authors).orElse(List.of()));
      boolean date =
          trafilaturaMeta.date(page.date(), article.map(ExtractedArticle::published).orElse(null));
      if (perPage) {
        out.print(
            oneLine(
                String.format(
                    Locale.ROOT,
                    "T %-40s errors %d %s%s%n",
                    page.name(),
                    errors,
                    article.isEmpty() ? "EMPTY " : "",
                    mismatches(page, article, title, author, date))));
      }
    }

    PrecisionRecall r = readable.mean();
    PrecisionRecall all = everyPage.mean();
    PrecisionRecall s = snippets.result();
    out.println("| measure | value |");
    out.println("|---|---|");
    out.printf(
        Locale.ROOT,
        "| readability-pages body shingle F1 (%d readerable pages) | P %.3f R %.3f **F1 %.3f** |%n",
        readable.pages(),
        r.precision(),
        r.recall(),
        r.f1());
    out.printf(
        Locale.ROOT,
        "| readability-pages body shingle F1 (all %d pages) | P %.3f R %.3f F1 %.3f |%n",
        everyPage.pages(),
        all.precision(),
        all.recall(),
        all.f1());
    out.printf(
        Locale.ROOT,
        "| readerable=false pages judged not an article | %d/%d |%n",
        notReadableEmpty,
        notReadable);
    out.printf(
        Locale.ROOT,
        "| trafilatura-eval snippets (%d pages, %d judged not an article) | P %.3f R %.3f **F1 %.3f** (accuracy %.3f) |%n",
        trafilatura.size(),
        trafilaturaEmpty,
        s.precision(),
        s.recall(),
        s.f1(),
        snippets.accuracy());
    out.printf("| title, readability-pages | %s |%n", readabilityMeta.titleLine());
    out.printf("| title, trafilatura-eval | %s |%n", trafilaturaMeta.titleLine());
    out.printf("| author, readability-pages | %s |%n", readabilityMeta.authorLine());
    out.printf("| author, trafilatura-eval | %s |%n", trafilaturaMeta.authorLine());
    out.printf("| date, readability-pages | %s |%n", readabilityMeta.dateLine());
    out.printf("| date, trafilatura-eval | %s |%n", trafilaturaMeta.dateLine());
    if (speed) {
      List<EvalPage> everything = new ArrayList<>(readability);
      everything.addAll(trafilatura);
      new SpeedBench(extractor, out).run(everything);
    }
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
