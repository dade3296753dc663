package dev.newsbot.source.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Decodes page bytes into a DOM. The charset is the one the server declared, else the byte-order
 * mark, else the page's {@code <meta charset>} or {@code http-equiv}, else UTF-8.
 *
 * <p>A page whose bytes are valid UTF-8 (with non-ASCII text) is read as UTF-8 whatever its meta
 * tag says; see {@link #isUtf8WithNonAscii}. A byte-order mark beats a declared charset (jsoup
 * checks it first), as the WHATWG encoding standard says: a BOM is never accidental, while headers
 * often carry a server default. Labels that browsers treat as a wider Windows or CJK encoding
 * (ISO-8859-1 read as windows-1252, GB2312 as GB18030, ...) are widened the same way, since pages
 * labelled ISO-8859-1 routinely use curly quotes from windows-1252.
 */
public final class PageDecoder {
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

  /**
   * Parses page bytes in the right charset.
   *
   * @param declared the charset from the Content-Type header, or null
   */
  public static Document decode(byte[] html, Charset declared, URI base) {
    String baseUri = base.toString();
    String charset = declared == null ? null : widened(declared);
    Document doc = parse(html, charset, baseUri);
    if (charset == null) {
      if (!doc.charset().equals(StandardCharsets.UTF_8) && isUtf8WithNonAscii(html)) {
        return parse(html, StandardCharsets.UTF_8.name(), baseUri);
      }
      String sniffed = widened(doc.charset());
      if (sniffed.equalsIgnoreCase(doc.charset().name())) {
        return doc;
      }
      if (decodesAlike(html, doc.charset())) {
        // the page's bytes mean the same in the wider charset: only the label changes
        doc.outputSettings().charset(sniffed);
      } else {
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

  /**
   * Whether the bytes are valid UTF-8 and use it (hold a multi-byte sequence). Text in a legacy
   * encoding almost never passes, so such a page's meta charset is stale: it was converted to UTF-8
   * (by a CMS or a scraper) without its label being updated.
   */
  static boolean isUtf8WithNonAscii(byte[] bytes) {
    boolean nonAscii = false;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int extra;
      if (b >= 0xC2 && b <= 0xDF) {
        extra = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        extra = 2;
      } else if (b >= 0xF0 && b <= 0xF4) {
        extra = 3;
      } else {
        return false;
      }
      if (i + extra >= bytes.length) {
        return false;
      }
      for (int k = 1; k <= extra; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      nonAscii = true;
      i += extra + 1;
    }
    return nonAscii;
  }

  /**
   * Whether the bytes decode the same in {@code charset} and in its wider Windows charset: true for
   * ISO-8859-1 and -9 when no byte falls in 0x80-0x9F, the control codes Windows gave letters and
   * quotes, and for US-ASCII when every byte is ASCII. Most pages labelled ISO-8859-1 are such, and
   * are then parsed once instead of twice.
   */
  static boolean decodesAlike(byte[] bytes, Charset charset) {
    String name = charset.name().toLowerCase(Locale.ROOT);
    boolean ascii = name.equals("us-ascii");
    if (!ascii && !name.equals("iso-8859-1") && !name.equals("iso-8859-9")) {
      return false;
    }
    for (byte b : bytes) {
      int v = b & 0xff;
      if (v >= 0x80 && (ascii || v <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  private static String widened(Charset charset) {
    String wider = WIDER.get(charset.name().toLowerCase(Locale.ROOT));
    if (wider != null && Charset.isSupported(wider)) {
      return wider;
    }
    return charset.name();
  }
}
