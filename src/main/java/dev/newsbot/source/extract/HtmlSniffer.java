package dev.newsbot.source.extract;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells an HTML page from other bytes a user may hand over as one: a feed, another XML document,
 * plain text, a binary file. It looks at the start, as browsers sniff a document's type.
 */
public final class HtmlSniffer {
  private static final int LOOK = 64 * 1024;

  /**
   * Tags a page has near its start, and a feed or plain text does not. The patterns ignore ASCII
   * case, so the start is not lower-cased first: that cost more than the rest of the sniffing.
   */
  private static final Pattern HTML_TAG =
      Pattern.compile(
          "<(?:!doctype\\s+html|html|head|body|title|meta|div|p|article|main|h1|script)[\\s>/]",
          Pattern.CASE_INSENSITIVE);

  /**
   * A feed's root element, after an XML declaration, processing instructions, comments and a feed's
   * DOCTYPE.
   */
  private static final Pattern FEED_START =
      Pattern.compile(
          "^(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*|<!doctype\\s+(?:[a-z]+:)?(?:rss|feed|rdf)\\b[^>]*>\\s*)*"
              + "<(?:[a-z]+:)?(?:rss|feed|rdf)[\\s>:]",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final Pattern HTML_ELEMENT = Pattern.compile("<html", Pattern.CASE_INSENSITIVE);

  private HtmlSniffer() {}

  /** Why {@code bytes} are not an HTML page, or empty when they look like one. */
  public static Optional<String> notHtml(byte[] bytes) {
    int length = Math.min(bytes.length, LOOK);
    if (length == 0) {
      return Optional.of("the file is empty");
    }
    for (int i = 0; i < Math.min(length, 1024); i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
        return Optional.of("not an HTML page (binary data)");
      }
    }
    String start = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3); // UTF-8's byte order mark
    }
    start = start.stripLeading();
    if (FEED_START.matcher(start).find()) {
      return Optional.of("not an HTML page (an RSS or Atom feed)");
    }
    if (start.regionMatches(true, 0, "<?xml", 0, 5) && !HTML_ELEMENT.matcher(start).find()) {
      return Optional.of("not an HTML page (an XML document)");
    }
    if (!HTML_TAG.matcher(start).find()) {
      return Optional.of("not an HTML page (no HTML tags near its start)");
    }
    return Optional.empty();
  }
}
