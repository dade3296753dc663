package dev.newsbot.source.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes page bytes into a DOM. The charset is the one the server declared, else the byte-order mark, else
 * the page's {@code <meta charset>} or {@code http-equiv}, else UTF-8.
 *
 * <p>A byte-order mark beats a declared charset (jsoup checks it first), as the WHATWG encoding standard
 * says: a BOM is never accidental, while headers often carry a server default. Labels that browsers treat as
 * a wider Windows or CJK encoding (ISO-8859-1 read as windows-1252, GB2312 as GB18030, ...) are widened the
 * same way, since pages labelled ISO-8859-1 routinely use curly quotes from windows-1252.
 */
final class PageDecoder {
  private static final Map<String, String> WIDER =
      Map.of(
          "iso-8859-1", "windows-1252",
          "us-ascii", "windows-1252",
          "iso-8859-9", "windows-1254",
          "gb2312", "GB18030",
          "gbk", "GB18030",
          "euc-kr", "x-windows-949",
          "shift_jis", "windows-31j",
          "tis-620", "x-windows-874",
          "iso-8859-11", "x-windows-874");

  private PageDecoder() {}

  static Document decode(byte[] html, Charset declared, URI base) {
    String baseUri = base.toString();
    String charset = declared == null ? null : widened(declared);
    Document doc = parse(html, charset, baseUri);
    if (charset == null) {
      String sniffed = widened(doc.charset());
      if (!sniffed.equalsIgnoreCase(doc.charset().name())) {
        doc = parse(html, sniffed, baseUri);
      }
    }
    return doc;
  }

  private static Document parse(byte[] html, String charset, String baseUri) {
    try {
      return Jsoup.parse(new ByteArrayInputStream(html), charset, baseUri);
    } catch (IOException e) {
      // a ByteArrayInputStream does not fail; jsoup's signature is for network streams
      throw new UncheckedIOException("reading an in-memory page failed", e);
    }
  }

  private static String widened(Charset charset) {
    String wider = WIDER.get(charset.name().toLowerCase(Locale.ROOT));
    if (wider != null && Charset.isSupported(wider)) {
      return wider;
    }
    return charset.name();
  }
}
