package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
  private static final URI BASE = URI.create("https://site.example/a");
  private static final String TEXT = "Café – l’été";

  private static String page(String meta) {
    return "<html><head>" + meta + "<title>t</title></head><body><p>" + TEXT + "</p></body></html>";
  }

  private static String paragraph(Document doc) {
    return doc.selectFirst("p").text();
  }

  @Test
  void readsTheMetaCharset() {
    byte[] bytes =
        page("<meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"));
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, null, BASE)));
  }

  @Test
  void readsHttpEquivAndWidensIso88591ToWindows1252() {
    byte[] bytes =
        page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">")
            .getBytes(Charset.forName("windows-1252"));
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, null, BASE)));
  }

  @Test
  void aLatin1PageWithoutWindowsOnlyBytesIsReadOnceAndLabelledWindows1252() {
    String accented = "Café crème à l'été";
    byte[] bytes =
        ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + accented + "</p></body>")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(PageDecoder.decodesAlike(bytes, StandardCharsets.ISO_8859_1));
    Document doc = PageDecoder.decode(bytes, null, BASE);
    assertEquals(accented, paragraph(doc));
    assertEquals("windows-1252", doc.charset().name());
  }

  @Test
  void aWindowsCurlyQuoteMeansTheLatin1PageIsDecodedAgain() {
    byte[] bytes = page("<meta charset=\"iso-8859-1\">").getBytes(Charset.forName("windows-1252"));
    assertFalse(PageDecoder.decodesAlike(bytes, StandardCharsets.ISO_8859_1));
    assertFalse(PageDecoder.decodesAlike(new byte[] {'a', (byte) 0xE9}, StandardCharsets.US_ASCII));
    assertFalse(PageDecoder.decodesAlike(new byte[] {'a'}, Charset.forName("GB2312")));
  }

  /** What {@link PageDecoder#decodesAlike} rests on: the charsets differ only in 0x80-0x9F. */
  @Test
  void latin1AndItsWindowsWideningAgreeOutsideTheControlCodes() {
    for (String[] pair :
        new String[][] {{"ISO-8859-1", "windows-1252"}, {"ISO-8859-9", "windows-1254"}}) {
      for (int b = 0; b < 256; b++) {
        if (b >= 0x80 && b <= 0x9f) {
          continue;
        }
        byte[] one = {(byte) b};
        assertEquals(
            new String(one, Charset.forName(pair[0])),
            new String(one, Charset.forName(pair[1])),
            pair[0] + " byte " + b);
      }
    }
  }

  @Test
  void theDeclaredHeaderCharsetBeatsTheMetaTag() {
    byte[] bytes = page("<meta charset=\"utf-8\">").getBytes(Charset.forName("windows-1252"));
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, Charset.forName("windows-1252"), BASE)));
  }

  @Test
  void aByteOrderMarkMeansUtf8() {
    byte[] body = page("<meta charset=\"windows-1252\">").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, null, BASE)));
  }

  @Test
  void defaultsToUtf8WithoutAnyLabel() {
    byte[] bytes = page("").getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, null, BASE)));
  }

  @Test
  void readsShiftJisAndGbk() {
    String japanese =
        "<html><head><meta charset=\"Shift_JIS\"></head><body><p>東京の天気は晴れ</p></body></html>";
    assertEquals(
        "東京の天気は晴れ",
        paragraph(PageDecoder.decode(japanese.getBytes(Charset.forName("Shift_JIS")), null, BASE)));
    String chinese =
        "<html><head><meta charset=\"gb2312\"></head><body><p>北京今天下雨，温度很低</p></body></html>";
    assertEquals(
        "北京今天下雨，温度很低",
        paragraph(PageDecoder.decode(chinese.getBytes(Charset.forName("GBK")), null, BASE)));
  }

  @Test
  void utf8BytesWinOverAStaleLegacyLabel() {
    byte[] bytes = page("<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8);
    assertEquals(TEXT, paragraph(PageDecoder.decode(bytes, null, BASE)));
  }
}
