package dev.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.ExtractedArticle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title exact match on both page sets, split into a tuning part and a held-out part by {@link
 * HeldOut}, the split of {@link ExtractionEval}, so a page is on the same side in both. The
 * trafilatura truths follow our convention (the visible headline without the site name) and are
 * compared as they are; on the Readability set, whose truth keeps site names, both sides first lose
 * a site-name part ({@link SiteNamePart}), or an author part ("Headline | Author"). Readability
 * pages whose truth says they are not readerable are left out (we refuse them, so no title is
 * shown), and a second row keeps only the pages whose truth is one of the page's headings: where it
 * is not, the truth took a title written for search engines over the visible headline, against our
 * convention. A case-ignoring row shows how many trafilatura truths differ only in capitals (typed
 * from the page as CSS styled it).
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dev.newsbot.bench.TitleEval
 * -Dexec.args=../shared/eval}; add {@code --pages} for each miss among the tuning pages.
 */
public final class TitleEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArticleExtractor extractor = new ArticleExtractor();
  private final PrintStream out;
  private final boolean perPage;

  private TitleEval(PrintStream out, boolean perPage) {
    this.out = out;
    this.perPage = perPage;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TitleEval EVAL_DIR [--pages]");
      System.exit(2);
    }
    new TitleEval(System.out, List.of(args).contains("--pages")).run(Path.of(args[0]));
  }

  private void run(Path root) throws IOException {
    Tally readabilityTuning = new Tally();
    Tally readabilityHeld = new Tally();
    Tally shownTuning = new Tally();
    Tally shownHeld = new Tally();
    Tally readabilityRaw = new Tally();
    int notReaderable = 0;
    for (EvalPage page : EvalData.readabilityPages(root)) {
      if (page.title() == null || page.title().isBlank()) {
        continue;
      }
      if (!page.readerable()) {
        notReaderable++; // not an article by the truth's own verdict: no title is shown for it
        continue;
      }
      byte[] html = Files.readAllBytes(page.source());
      Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
      String ours = title(page, html);
      List<String> names = siteNames(page, doc);
      String truth = SiteNamePart.strip(page.title(), names);
      String predicted = SiteNamePart.strip(ours, names);
      boolean right = same(truth, predicted);
      boolean held = HeldOut.contains("readability-pages", page.name());
      (held ? readabilityHeld : readabilityTuning).add(right);
      boolean shown = isHeading(truth, doc);
      if (shown) {
        (held ? shownHeld : shownTuning).add(right);
      }
      readabilityRaw.add(same(page.title(), ours));
      if (!right && perPage && !held) {
        out.printf(
            "R %s%s [%s] != [%s]  (raw truth [%s], ours [%s])%n",
            page.name(),
            shown ? "" : " (truth not a heading)",
            truth,
            predicted,
            page.title(),
            ours);
      }
    }
    Tally trafilaturaTuning = new Tally();
    Tally trafilaturaHeld = new Tally();
    Tally foldedTuning = new Tally();
    Tally foldedHeld = new Tally();
    for (EvalPage page : EvalData.trafilaturaPages(root)) {
      if (page.title() == null || page.title().isBlank()) {
        continue;
      }
      String ours = title(page, Files.readAllBytes(page.source()));
      boolean right = same(page.title(), ours);
      boolean held = HeldOut.contains("trafilatura-eval", page.name());
      (held ? trafilaturaHeld : trafilaturaTuning).add(right);
      (held ? foldedHeld : foldedTuning)
          .add(same(page.title().toLowerCase(Locale.ROOT), ours.toLowerCase(Locale.ROOT)));
      if (!right && perPage && !held) {
        out.printf("T %s [%s] != [%s]%n", page.name(), page.title(), ours);
      }
    }
    out.println("| title exact match | tuning | held out | all |");
    out.println("|---|---|---|---|");
    row(
        "readability-pages (readerable), site-name or author part removed from both sides",
        readabilityTuning,
        readabilityHeld);
    row("the same, pages whose truth is one of their headings", shownTuning, shownHeld);
    out.printf(
        Locale.ROOT,
        "| readability-pages (readerable), as they are (for reference) | | | %s |%n",
        readabilityRaw);
    row("trafilatura-eval, as they are", trafilaturaTuning, trafilaturaHeld);
    row("trafilatura-eval, case ignored (for reference)", foldedTuning, foldedHeld);
    out.printf(
        Locale.ROOT,
        "(%d readability pages the truth marks readerable=false are left out)%n",
        notReaderable);
  }

  /**
   * Whether a title is the text of one of the page's h1 to h3 headings (letters and digits
   * compared, case ignored): the truth follows our convention, the headline the page shows.
   */
  private static boolean isHeading(String title, Document doc) {
    String want = letters(title);
    for (Element heading : doc.select("h1, h2, h3")) {
      if (!want.isEmpty() && letters(heading.text()).equals(want)) {
        return true;
      }
    }
    return false;
  }

  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private void row(String name, Tally tuning, Tally held) {
    Tally all = new Tally();
    all.right = tuning.right + held.right;
    all.pages = tuning.pages + held.pages;
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", name, tuning, held, all);
  }

  private String title(EvalPage page, byte[] html) {
    return extractor
        .extract(html, null, page.url(), ZoneOffset.UTC)
        .map(ExtractedArticle::title)
        .orElse("");
  }

  private static boolean same(String truth, String predicted) {
    return MetadataScore.normaliseTitle(truth).equals(MetadataScore.normaliseTitle(predicted));
  }

  /**
   * The names a Readability page's site goes by: the truth's siteName, the page's og:site_name and
   * application-name, the host of its og:url or canonical link (a saved page has no address of its
   * own), and the truth's byline.
   */
  private static List<String> siteNames(EvalPage page, Document doc) throws IOException {
    List<String> names = new ArrayList<>();
    JsonNode truth = JSON.readTree(page.source().resolveSibling("expected-metadata.json").toFile());
    if (truth.hasNonNull("siteName")) {
      names.add(truth.get("siteName").asText());
    }
    names.add(doc.select("meta[property=og:site_name]").attr("content"));
    names.add(doc.select("meta[name=application-name]").attr("content"));
    String address = doc.select("meta[property=og:url]").attr("content");
    if (address.isEmpty()) {
      address = doc.select("link[rel=canonical]").attr("href");
    }
    names.add(SiteNamePart.host(address));
    if (page.author() != null) {
      names.add(
          page.author()); // "Headline | Author" on opinion pages: the shown headline has no name
    }
    names.removeIf(String::isBlank);
    return names;
  }

  /** Pages right out of pages seen. */
  private static final class Tally {
    private int right;
    private int pages;

    void add(boolean isRight) {
      pages++;
      right += isRight ? 1 : 0;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "%d/%d = %.3f", right, pages, pages == 0 ? 0 : (double) right / pages);
    }
  }
}
