package dev.newsbot.source.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads an article body given as HTML (a feed's {@code content:encoded}) into text blocks, dropping
 * images, embeds, ad labels, promo lines and image credits.
 */
public final class BodyCleaner {
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt");
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "iframe", "figure", "figcaption", "img", "svg", "form",
          "button", "nav", "aside", "video", "audio", "picture", "source", "template", "object");

  private static final List<String> PROMO_HOSTS = List.of("bit.ly", "t.me", "telegram.me");

  private BodyCleaner() {}

  /** Cleans {@code html}, resolving image addresses against {@code base}. */
  public static ArticleBody clean(String html, URI base) {
    Document doc = Jsoup.parseBodyFragment(html, base.toString());
    URI image = leadImage(doc);
    List<String> blocks = new ArrayList<>();
    collect(doc.body(), blocks);
    blocks.removeIf(Boilerplate::isBoilerplate);
    return new ArticleBody(blocks, image);
  }

  private static URI leadImage(Document doc) {
    Element img = doc.selectFirst("img[src]");
    if (img == null) {
      return null;
    }
    try {
      String src = img.absUrl("src");
      return src.isEmpty() ? null : URI.create(src);
    } catch (IllegalArgumentException e) {
      return null; // an address we cannot represent; the article goes without an image
    }
  }

  /** Walks the tree; text outside block elements is gathered into paragraphs of its own. */
  private static void collect(Element parent, List<String> blocks) {
    StringBuilder loose = new StringBuilder();
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode text) {
        loose.append(text.text());
      } else if (node instanceof Element el) {
        String tag = el.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          flush(loose, blocks);
        } else if (BLOCKS.contains(tag)) {
          flush(loose, blocks);
          if (isPromoLink(el)) {
            continue;
          }
          add(tag.equals("li") ? "• " + el.text() : el.text(), blocks);
        } else if (el.isBlock()) {
          flush(loose, blocks);
          collect(el, blocks);
        } else {
          loose.append(el.text());
        }
      }
    }
    flush(loose, blocks);
  }

  /** A short paragraph that is nothing but a link to a shortener or a Telegram channel. */
  private static boolean isPromoLink(Element block) {
    Element link = block.selectFirst("a[href]");
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

  private static void flush(StringBuilder loose, List<String> blocks) {
    add(loose.toString(), blocks);
    loose.setLength(0);
  }

  private static void add(String text, List<String> blocks) {
    String clean = text.replaceAll("(?U)\\s+", " ").strip();
    if (!clean.isEmpty() && !clean.equals("•")) {
      blocks.add(clean);
    }
  }
}
