package dev.newsbot.source.extract;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The captions a page gives its images ({@code figure} with {@code figcaption}, WordPress's {@code
 * wp-caption}), noted while {@link PagePruner} walks the page, before it drops them, so the lead
 * image can keep its own.
 *
 * <p>An image is known by its file name without the size a site's image server adds: the og:image
 * {@code ferry.jpg} is the {@code ferry-696x448.jpg} the page shows.
 */
final class ImageCaptions {
  private static final Evaluator CAPTION = QueryParser.parse("figcaption, .wp-caption-text");
  private static final Evaluator CAPTION_NAMED = QueryParser.parse("[class*=caption]");
  private static final List<String> SOURCES =
      List.of("src", "data-src", "data-lazy-src", "data-original");

  /** "-696x448", "_1200x630", "-scaled" and the extension, at the end of a file name. */
  private static final Pattern SIZE =
      Pattern.compile("(?:[-_]\\d{2,5}x\\d{2,5}|[-_]scaled)*(?:\\.[a-z0-9]{2,5})?$");

  /** Captions longer than this are articles of their own; they are cut at a word. */
  private static final int MAX_CAPTION = 400;

  private final Map<String, String> byImage = new HashMap<>();

  /**
   * Notes the caption of {@code el} when it is a figure: called for every element, in page order,
   * before pruning drops captions.
   */
  void see(Element el) {
    if (!isFigure(el) || insideLink(el)) {
      return; // a linked figure is another story's card
    }
    String text = caption(el);
    if (text.isEmpty()) {
      return;
    }
    for (Element img : el.getElementsByTag("img")) {
      if (nearestFigure(img) != el) {
        continue; // a gallery's pictures have captions of their own
      }
      for (String attr : SOURCES) {
        String key = key(img.attr(attr));
        if (!key.isEmpty()) {
          byImage.putIfAbsent(key, shortened(text));
        }
      }
    }
  }

  private static boolean isFigure(Element el) {
    return el.normalName().equals("figure") || el.hasClass("wp-caption");
  }

  /** The figure's figcaption, else the first element named a caption inside it with some text. */
  private static String caption(Element figure) {
    Element caption = figure.selectFirst(CAPTION);
    if (caption != null) {
      return Whitespace.collapse(caption.text());
    }
    for (Element named : figure.select(CAPTION_NAMED)) {
      String text = Whitespace.collapse(named.text());
      if (named != figure && !text.isEmpty()) {
        return text;
      }
    }
    return "";
  }

  private static boolean insideLink(Element el) {
    for (Element up = el.parent(); up != null; up = up.parent()) {
      if (up.normalName().equals("a") && up.hasAttr("href")) {
        return true;
      }
    }
    return false;
  }

  private static Element nearestFigure(Element img) {
    for (Element up = img.parent(); up != null; up = up.parent()) {
      if (isFigure(up)) {
        return up;
      }
    }
    return null;
  }

  /** The caption of this image, or empty when the page gives it none. */
  String of(URI image) {
    return image == null ? "" : byImage.getOrDefault(key(image.getPath()), "");
  }

  /** The file name of an image address without its size suffix and extension, lower-cased. */
  static String key(String address) {
    if (address == null || address.isBlank()) {
      return "";
    }
    String path = address.strip();
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return SIZE.matcher(name).replaceFirst("");
  }

  private static String shortened(String caption) {
    if (caption.length() <= MAX_CAPTION) {
      return caption;
    }
    int cut = caption.lastIndexOf(' ', MAX_CAPTION);
    return caption.substring(0, cut > MAX_CAPTION / 2 ? cut : MAX_CAPTION) + "…";
  }
}
