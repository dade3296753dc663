package dev.newsbot.source.extract;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an article from a web page of any site: headline, byline, publication time, standfirst,
 * lead image, canonical address, language and the body text without navigation, ads, share bars,
 * captions, promos or related stories. Pages that are not articles (home pages, listings,
 * galleries) give no article.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ArticleExtractor {
  private static final int MAX_HEADINGS = 5;
  private static final int MAX_EXCERPT = 300;
  private static final Evaluator IMAGE = QueryParser.parse("img");
  private static final Evaluator FIGURE_IMAGE = QueryParser.parse("figure img");

  private final PagePruner pruner;
  private final MetadataReader metadata = new MetadataReader();

  /** An extractor with no site-specific rules. */
  public ArticleExtractor() {
    this(ExtractionRules.none());
  }

  public ArticleExtractor(ExtractionRules rules) {
    this.pruner = new PagePruner(Objects.requireNonNull(rules, "rules == null"));
  }

  /**
   * Extracts the article from page bytes.
   *
   * @param html the page as fetched
   * @param declared the charset from the Content-Type header, or null when the server gave none
   * @param url the page's address, for resolving relative links
   * @param zone the publisher's time zone, for dates written without an offset
   */
  public Optional<ExtractedArticle> extract(byte[] html, Charset declared, URI url, ZoneId zone) {
    Objects.requireNonNull(html, "html == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(zone, "zone == null");
    return extract(PageDecoder.decode(html, declared, url), url, zone);
  }

  /** Extracts the article from an already decoded page. */
  public Optional<ExtractedArticle> extract(String html, URI url, ZoneId zone) {
    Objects.requireNonNull(html, "html == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(zone, "zone == null");
    return extract(Jsoup.parse(html, url.toString()), url, zone);
  }

  private Optional<ExtractedArticle> extract(Document doc, URI url, ZoneId zone) {
    PageMetadata meta = metadata.read(doc, url, zone);
    Element body = doc.body();
    List<Element> h1s = body.getElementsByTag("h1");
    List<Element> h2s = body.getElementsByTag("h2");
    String title = TitleChooser.choose(meta, texts(h1s), texts(h2s), url);
    Element titleElement = titleElement(h1s, h2s, title);
    OffsetDateTime published =
        meta.published() != null ? meta.published() : shownDate(body, titleElement, url, zone);
    String host = url == null || url.getHost() == null ? "" : url.getHost();
    List<String> authors =
        Bylines.withoutSite(authors(meta, host, body, titleElement), meta.siteName(), host);

    Standfirst standfirst = Standfirst.find(body, titleElement, meta.description());
    ImageCaptions captions = new ImageCaptions();
    pruner.prune(body, captions);
    TextStats stats = TextStats.measure(body);
    List<Element> roots = new ContentFinder(stats).find(body);
    if (ArticleVerdict.isListing(roots, stats)) {
      return Optional.empty();
    }
    // cleaning drops figures, so their image is taken now, for a page that declares none
    URI figureImage = meta.image() == null ? firstImage(roots, url, FIGURE_IMAGE) : null;

    for (Element root : roots) {
      ContentCleaner.clean(root, stats);
    }
    List<Block> blocks =
        DeclaredBody.preferred(
            standfirst.above(BlockFilter.filter(BlockWriter.write(roots), title), roots), meta);
    if (!ArticleVerdict.hasEnoughProse(blocks, meta.declaresArticle())) {
      return Optional.empty();
    }
    if (title.isEmpty()) {
      title = firstHeadingOrOpening(blocks);
    }
    URI image = meta.image() != null ? meta.image() : firstImage(roots, url, IMAGE);
    if (image == null) {
      image = figureImage;
    }
    return Optional.of(
        new ExtractedArticle(
            title,
            authors,
            published,
            meta.description().isEmpty() ? opening(blocks) : meta.description(),
            image,
            captions.of(image),
            meta.canonical(),
            meta.language(),
            blocks.stream().map(Block::rendered).toList()));
  }

  /**
   * The declared authors, else the byline the page shows, else the JSON-LD WebPage's author. A
   * declared author that is only the site's name gives way to a byline the page shows, and is named
   * as the site names itself ("Jobs & Hire", not the two names "Jobs" and "Hire").
   */
  private static List<String> authors(
      PageMetadata meta, String host, Element body, Element titleElement) {
    List<String> declared = meta.authors();
    if (!declared.isEmpty() && !Bylines.namesOnlyTheSite(declared, meta.siteName(), host)) {
      return declared;
    }
    List<String> shown = BylineFinder.find(body, titleElement, meta.siteName(), host);
    if (!shown.isEmpty() && !Bylines.namesOnlyTheSite(shown, meta.siteName(), host)) {
      return shown;
    }
    List<String> named = declared.isEmpty() ? shown : declared;
    if (!named.isEmpty()) { // the site's own name (not its host's), as the site writes it
      return Bylines.namesOnlyTheSite(named, meta.siteName(), "")
          ? List.of(meta.siteName())
          : named;
    }
    return meta.pageAuthors();
  }

  private static OffsetDateTime shownDate(
      Element body, Element titleElement, URI url, ZoneId zone) {
    return DatelineFinder.find(body, titleElement, zone)
        .or(() -> DatelineFinder.fromUrl(url, zone))
        .orElse(null);
  }

  private static List<String> texts(List<Element> headings) {
    List<String> out = new ArrayList<>();
    for (Element h : headings) {
      String text = Whitespace.collapse(h.text());
      if (!text.isEmpty()) {
        out.add(text);
      }
      if (out.size() == MAX_HEADINGS) {
        break;
      }
    }
    return out;
  }

  /**
   * The h1 showing the headline, else an h2 showing exactly it (pages whose h1 is the logo); the
   * first h1 when none matches; null on pages without one.
   */
  private static Element titleElement(List<Element> h1s, List<Element> h2s, String title) {
    String wanted = BlockFilter.comparable(title);
    for (Element h1 : h1s) {
      String text = BlockFilter.comparable(h1.text());
      if (!text.isEmpty()
          && (text.equals(wanted) || wanted.contains(text) || text.contains(wanted))) {
        return h1;
      }
    }
    for (Element h2 : h2s) {
      if (!wanted.isEmpty() && BlockFilter.comparable(h2.text()).equals(wanted)) {
        return h2;
      }
    }
    return h1s.isEmpty() ? null : h1s.get(0);
  }

  private static String opening(List<Block> blocks) {
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.PARAGRAPH && TextStats.readingLength(block.text()) >= 40) {
        return shorten(block.text());
      }
    }
    return "";
  }

  private static String firstHeadingOrOpening(List<Block> blocks) {
    for (Block block : blocks) {
      if (block.kind() == Block.Kind.HEADING) {
        return block.text();
      }
    }
    return shorten(blocks.get(0).text().replace('\n', ' '));
  }

  /** Cuts at a word boundary with an ellipsis; excerpts are previews, not the text. */
  private static String shorten(String text) {
    if (text.length() <= MAX_EXCERPT) {
      return text;
    }
    int cut = text.lastIndexOf(' ', MAX_EXCERPT);
    // text without spaces between words (Chinese, Thai) is cut anywhere, not at an early space
    return text.substring(0, cut > MAX_EXCERPT / 2 ? cut : MAX_EXCERPT) + "…";
  }

  private static boolean isWebAddress(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
  }

  private static URI firstImage(List<Element> roots, URI url, Evaluator images) {
    for (Element root : roots) {
      for (Element img : root.select(images)) {
        for (String attr : List.of("src", "data-src", "data-lazy-src", "data-original")) {
          URI uri = MetadataReader.resolve(url, img.attr(attr));
          if (uri != null && isWebAddress(uri)) {
            return uri; // not a data: placeholder that lazy loading replaces
          }
        }
      }
    }
    return null;
  }
}
