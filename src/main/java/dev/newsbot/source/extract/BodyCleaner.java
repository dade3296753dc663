package dev.newsbot.source.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads an article body given as an HTML fragment (a feed's {@code content:encoded}) into text
 * blocks, dropping images, embeds, share widgets, ad blocks, promo lines and image credits. Unlike
 * {@link ArticleExtractor} it does not look for the main content: a feed body is all content.
 */
public final class BodyCleaner {
  private static final List<String> PROMO_HOSTS = List.of("bit.ly", "t.me", "telegram.me");
  private static final Evaluator LINK = QueryParser.parse("a[href]");
  private static final PagePruner PRUNER = new PagePruner(ExtractionRules.none());

  private BodyCleaner() {}

  /** Cleans {@code html}, resolving image addresses against {@code base}. */
  public static ArticleBody clean(String html, URI base) {
    Document doc = Jsoup.parseBodyFragment(html, base.toString());
    Element body = doc.body();
    URI image = leadImage(body, base);
    PRUNER.prune(body, new ImageCaptions()); // a feed item's captions are not kept
    Removals.removeAll(
        body.getElementsByTag("p").stream().filter(BodyCleaner::isPromoLink).toList());
    ContentCleaner.clean(body, TextStats.measure(body));
    List<String> blocks =
        BlockFilter.filter(BlockWriter.write(List.of(body)), "").stream()
            .map(Block::rendered)
            .toList();
    return new ArticleBody(blocks, image);
  }

  private static URI leadImage(Element body, URI base) {
    Element img = body.selectFirst("img[src]");
    return img == null ? null : MetadataReader.resolve(base, img.attr("src"));
  }

  /** A short paragraph that is nothing but a link to a shortener or a Telegram channel. */
  private static boolean isPromoLink(Element block) {
    Element link = block.selectFirst(LINK);
    if (link == null || block.text().length() > 200 || !link.text().equals(block.text())) {
      return false;
    }
    String href = link.attr("href").toLowerCase(Locale.ROOT);
    for (String host : PROMO_HOSTS) {
      if (href.contains("//" + host + "/") || href.contains("." + host + "/")) {
        return true;
      }
    }
    return false;
  }
}
