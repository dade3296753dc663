package dev.newsbot.delivery;

import static dev.newsbot.delivery.ReadingFixtures.IMAGE;
import static dev.newsbot.delivery.ReadingFixtures.article;
import static dev.newsbot.delivery.ReadingFixtures.full;
import static dev.newsbot.delivery.ReadingFixtures.paragraph;
import static dev.newsbot.delivery.ReadingFixtures.paragraphs;
import static dev.newsbot.delivery.ReadingFixtures.sentences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.news.Article;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.testing.TelegramHtml;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReadableArticleTest {
  private static final Pattern BLOCK =
      Pattern.compile("<(p|h1|h2|ul|li|blockquote|img|table|tr)[ />]");
  private static final Pattern PARAGRAPH = Pattern.compile("<p>([^<]*)</p>");

  private final ReadableArticle renderer = new ReadableArticle(ZoneId.of("Asia/Singapore"));

  private static final List<BodyBlock> STORY =
      List.of(
          paragraph("A trial ferry service carried 3,000 riders."),
          new BodyBlock(BodyBlock.Kind.HEADING, "Bicycles welcome"),
          new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Racks for 12."),
          new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Free of charge."),
          new BodyBlock(BodyBlock.Kind.QUOTE, "It is a lovely ride."),
          paragraph("More sailings from December."));

  private static int blocks(String html) {
    int n = 0;
    for (Matcher m = BLOCK.matcher(html); m.find(); ) {
      n++;
    }
    return n;
  }

  private static List<String> shownParagraphs(String html) {
    List<String> out = new ArrayList<>();
    for (Matcher m = PARAGRAPH.matcher(html); m.find(); ) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String visible(OutgoingMessage m) {
    try {
      return TelegramHtml.visible(m.text());
    } catch (TelegramHtml.Refused e) {
      throw new AssertionError("Telegram would refuse: " + e.getMessage() + "\n" + m.text(), e);
    }
  }

  // ---- the rich message

  @Test
  void showsHeadlineBylineImageSubheadingsListsQuotesAndTheSourceLinkInOrder() {
    RichMessage rich = renderer.rich(full(STORY));

    assertEquals(
        "<h1>Punggol ferry trial</h1>"
            + "<p><b>Commuters gave the service mixed reviews.</b></p>"
            + "<p><i>Mothership · 28 Nov 2026, 09:30 SGT · Test Writer</i></p>"
            + "<img src=\"tg://photo?id=lead\"/>"
            + "<p>A trial ferry service carried 3,000 riders.</p>"
            + "<h2>Bicycles welcome</h2>"
            + "<ul><li>Racks for 12.</li><li>Free of charge.</li></ul>"
            + "<blockquote>It is a lovely ride.</blockquote>"
            + "<p>More sailings from December.</p>"
            + "<p>Source: <a href=\"https://news.example.sg/2026/11/ferry?x=1&amp;y=2\">Mothership</a></p>",
        rich.html());
    assertEquals(List.of(new RichMessage.Photo("lead", IMAGE)), rich.photos());
  }

  @Test
  void showsTheLeadImagesCaptionUnderIt() {
    Article captioned =
        article(7, "Punggol ferry trial", IMAGE, "The jetty at dawn <i>& after</i>.");

    String html = renderer.rich(new FullArticle(captioned, STORY)).html();

    assertTrue(
        html.contains(
            "<figure><img src=\"tg://photo?id=lead\"/>"
                + "<figcaption>The jetty at dawn &lt;i&gt;&amp; after&lt;/i&gt;.</figcaption>"
                + "</figure><p>A trial ferry"),
        html);
    assertFalse(
        renderer.rich(new FullArticle(captioned, STORY), false).html().contains("figcaption"),
        "no caption without its image");
  }

  @Test
  void showsTableRowsAsOneTable() {
    RichMessage rich =
        renderer.rich(
            full(
                List.of(
                    paragraph("Ferries this winter:"),
                    new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Route | First | Last"),
                    new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Punggol & Coney | 06:00 | 21:00"),
                    paragraph("Times may change."))));

    assertTrue(
        rich.html()
            .contains(
                "<p>Ferries this winter:</p><table>"
                    + "<tr><td>Route</td><td>First</td><td>Last</td></tr>"
                    + "<tr><td>Punggol &amp; Coney</td><td>06:00</td><td>21:00</td></tr>"
                    + "</table><p>Times may change.</p>"),
        rich.html());
  }

  @Test
  void showsARowWiderThanTelegramsTablesAsALineOfText() {
    List<String> cells = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      cells.add("Q" + i);
    }
    String row = String.join(" | ", cells);

    String html =
        renderer
            .rich(
                full(List.of(paragraph("Results:"), new BodyBlock(BodyBlock.Kind.TABLE_ROW, row))))
            .html();

    assertTrue(html.contains("<p>Results:</p><p>" + row + "</p>"), html);
    assertFalse(html.contains("<table>"), html);
  }

  @Test
  void keepsWithin500BlocksCountingTableRows() {
    List<BodyBlock> body = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      body.add(paragraph("Paragraph " + i + "."));
      body.add(new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Row " + i + " | " + i));
    }
    RichMessage rich = renderer.rich(full(body)); // 300 paragraphs and 300 one-row tables

    assertEquals(RichMessage.MAX_BLOCKS, blocks(rich.html()));
    assertTrue(rich.html().endsWith("Mothership</a></p>"));
  }

  @Test
  void escapesEveryScrapedString() {
    Article a =
        new Article(
            1,
            new SourceId("x"),
            "Site <b>&",
            URI.create("https://x.example/a?q=%22&b=1"),
            "</h1><script>alert(1)</script> \"Breaking\" & more",
            "<i>Writer</i>",
            null,
            java.time.Instant.parse("2026-11-28T02:00:00Z"),
            "<img src=x onerror=alert(1)>",
            URI.create("javascript:alert(1)"),
            "",
            "");
    RichMessage rich =
        renderer.rich(
            new FullArticle(
                a,
                List.of(
                    paragraph("1 < 2 & 3 > 2 <a href=\"evil\">x</a>"),
                    new BodyBlock(BodyBlock.Kind.HEADING, "<h1>Big</h1>"),
                    new BodyBlock(BodyBlock.Kind.LIST_ITEM, "</ul><li>"))));

    String html = rich.html();
    assertTrue(
        html.startsWith(
            "<h1>&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Breaking&quot; &amp; more</h1>"),
        html);
    assertTrue(
        html.contains("<p>1 &lt; 2 &amp; 3 &gt; 2 &lt;a href=&quot;evil&quot;&gt;x&lt;/a&gt;</p>"));
    assertTrue(
        html.contains("<h2>&lt;h1&gt;Big&lt;/h1&gt;</h2><ul><li>&lt;/ul&gt;&lt;li&gt;</li></ul>"));
    assertTrue(html.contains("&lt;i&gt;Writer&lt;/i&gt;"), html);
    assertTrue(
        html.contains("<a href=\"https://x.example/a?q=%22&amp;b=1\">Site &lt;b&gt;&amp;</a>"));
    assertFalse(html.contains("<img"), "a javascript: image is not shown: " + html);
    assertTrue(rich.photos().isEmpty());
    String tags = html.replaceAll("</?(h1|h2|p|b|i|ul|li|a)>|<a href=\"[^\"<>]*\">", "");
    assertFalse(tags.contains("<") || tags.contains(">"), "only our tags are left: " + tags);
  }

  @Test
  void cutsALongArticleAfterItsLastWholeBlockWithALinkToTheRest() {
    List<BodyBlock> body = paragraphs(100, 600); // 60,000 characters
    RichMessage rich = renderer.rich(full(body));

    String html = rich.html();
    assertTrue(html.length() <= RichMessage.MAX_CHARS, "length " + html.length());
    assertTrue(html.length() > RichMessage.MAX_CHARS - 700, "not cut more than needed");
    assertTrue(
        html.endsWith(
            "<p>Read the rest at <a href=\"https://news.example.sg/2026/11/ferry?x=1&amp;y=2\">"
                + "Mothership</a></p>"),
        html.substring(html.length() - 200));
    List<String> bodyShown = shownParagraphs(html); // the plain ones: standfirst, byline are not
    assertTrue(
        body.subList(0, bodyShown.size()).stream().map(BodyBlock::text).toList().equals(bodyShown),
        "whole paragraphs from the start, in order");
    assertTrue(bodyShown.size() >= 50 && bodyShown.size() < 100, "shown " + bodyShown.size());
  }

  @Test
  void keepsWithin500BlocksCountingListItems() {
    List<BodyBlock> body = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      body.add(paragraph("Paragraph " + i + "."));
      body.add(new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Item " + i + "."));
    }
    RichMessage rich = renderer.rich(full(body)); // 300 paragraphs and 300 one-item lists

    assertEquals(RichMessage.MAX_BLOCKS, blocks(rich.html()));
    assertTrue(rich.html().endsWith("Mothership</a></p>"));
    assertTrue(rich.html().contains("<p>Read the rest at <a href="));
  }

  @Test
  void cuts600ParagraphsTo500Blocks() {
    RichMessage rich = renderer.rich(full(paragraphs(600, 40)));

    assertEquals(RichMessage.MAX_BLOCKS, blocks(rich.html()));
    // headline, standfirst, byline, image, and the last line leave 495 for the body
    assertTrue(rich.html().contains(sentences("Paragraph 494", 40)));
    assertFalse(rich.html().contains(sentences("Paragraph 495", 40)));
    assertTrue(rich.html().contains("<p>Read the rest at <a href="));
  }

  @Test
  void showsTheOpeningOfAParagraphLongerThanAWholeMessage() {
    String huge = sentences("Huge & long", 40_000);
    RichMessage rich = renderer.rich(full(List.of(paragraph(huge), paragraph("After."))));

    assertTrue(rich.html().length() <= RichMessage.MAX_CHARS);
    assertTrue(rich.html().contains("<p>Huge &amp; long says thing 0."));
    assertTrue(rich.html().contains(". …</p><p>Read the rest at "), "cut after a sentence");
    assertFalse(rich.html().contains("After."));
  }

  @Test
  void leavesOutTheImageWhenAskedAndAStandfirstTheBodyOpensWith() {
    FullArticle a =
        new FullArticle(
            article(7, "Title", IMAGE),
            List.of(paragraph("Commuters gave the service mixed reviews. Then more.")));

    RichMessage rich = renderer.rich(a, false);

    assertEquals(
        "<h1>Title</h1><p><i>Mothership · 28 Nov 2026, 09:30 SGT · Test Writer</i></p>"
            + "<p>Commuters gave the service mixed reviews. Then more.</p>"
            + "<p>Source: <a href=\"https://news.example.sg/2026/11/ferry?x=1&amp;y=2\">Mothership</a></p>",
        rich.html());
    assertTrue(rich.photos().isEmpty());
  }

  @Test
  void cutsAbsurdlyLongHeadlinesBylinesAndStandfirstsToo() {
    Article a =
        new Article(
            1,
            new SourceId("x"),
            "Site",
            URI.create("https://x.example/a"),
            sentences("Title", 50_000),
            sentences("Author", 50_000),
            null,
            java.time.Instant.parse("2026-11-28T02:00:00Z"),
            sentences("Standfirst", 50_000),
            null,
            "",
            "");
    FullArticle huge = new FullArticle(a, paragraphs(3, 100));

    RichMessage rich = renderer.rich(huge);
    List<OutgoingMessage> plain = renderer.plain(huge);

    assertTrue(rich.html().length() < 2_500, "length " + rich.html().length());
    assertTrue(rich.html().contains(sentences("Paragraph 2", 100)));
    assertEquals(1, plain.size());
    assertTrue(visible(plain.get(0)).length() < 2_500);
  }

  // ---- the plain fallback

  @Test
  void fallbackIsTelegramHtmlWithTheHeadlineFirstAndTheLinkLast() {
    List<OutgoingMessage> messages = renderer.plain(full(STORY));

    assertEquals(1, messages.size());
    OutgoingMessage m = messages.get(0);
    assertEquals(OutgoingMessage.Format.HTML, m.format());
    assertEquals(
        "<b><a href=\"https://news.example.sg/2026/11/ferry?x=1&amp;y=2\">Punggol ferry trial</a></b>\n"
            + "<i>Mothership · 28 Nov 2026, 09:30 SGT · Test Writer</i>\n\n"
            + "<b>Commuters gave the service mixed reviews.</b>\n\n"
            + "A trial ferry service carried 3,000 riders.\n\n"
            + "<b>Bicycles welcome</b>\n\n"
            + "• Racks for 12.\n"
            + "• Free of charge.\n\n"
            + "<blockquote>It is a lovely ride.</blockquote>\n\n"
            + "More sailings from December.\n\n"
            + "Source: <a href=\"https://news.example.sg/2026/11/ferry?x=1&amp;y=2\">Mothership</a>",
        m.text());
    visible(m);
  }

  @Test
  void fallbackShowsATableRowPerLine() {
    String text =
        renderer
            .plain(
                full(
                    List.of(
                        paragraph("Ferries this winter:"),
                        new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Route | First"),
                        new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Punggol | 06:00"))))
            .get(0)
            .text();

    assertTrue(
        text.contains("Ferries this winter:\n\nRoute | First\nPunggol | 06:00\n\nSource:"), text);
  }

  @Test
  void splitsTheFallbackBetweenParagraphsIntoMessagesOf4096VisibleCharacters() {
    List<BodyBlock> body = paragraphs(100, 600);
    List<OutgoingMessage> messages = renderer.plain(full(body));

    assertTrue(messages.size() >= 8, "messages: " + messages.size());
    StringBuilder all = new StringBuilder();
    for (OutgoingMessage m : messages) {
      String text = visible(m);
      assertTrue(text.length() <= OutgoingMessage.MAX_TEXT, "visible " + text.length());
      assertFalse(m.linkPreview());
      all.append(text).append("\n\n");
    }
    assertTrue(visible(messages.get(0)).startsWith("Punggol ferry trial\nMothership · "));
    assertTrue(
        visible(messages.get(messages.size() - 1)).endsWith("Read the rest at Mothership"),
        "the last message links to the rest, as the rich message would");
    List<String> paragraphsSeen = new ArrayList<>();
    for (String p : all.toString().split("\n\n")) {
      if (p.startsWith("Paragraph ")) {
        paragraphsSeen.add(p);
      }
    }
    assertEquals(
        body.subList(0, paragraphsSeen.size()).stream().map(BodyBlock::text).toList(),
        paragraphsSeen,
        "whole paragraphs, in order, none split between messages");
  }

  @Test
  void splitsAParagraphLongerThanAMessageAfterASentence() {
    String longParagraph = sentences("Long", 9_000);
    List<OutgoingMessage> messages =
        renderer.plain(full(List.of(paragraph("Short opening."), paragraph(longParagraph))));

    assertEquals(4, messages.size(), "the opening, then the long paragraph in three");
    StringBuilder joined = new StringBuilder();
    for (OutgoingMessage m : messages) {
      String text = visible(m);
      assertTrue(text.length() <= OutgoingMessage.MAX_TEXT, "visible " + text.length());
      joined.append(text).append(' ');
    }
    assertTrue(visible(messages.get(0)).endsWith("Short opening."));
    assertTrue(visible(messages.get(1)).startsWith("Long says thing 0. "));
    assertTrue(visible(messages.get(1)).endsWith("."), "cut after a sentence");
    assertTrue(visible(messages.get(2)).startsWith("Long says thing "));
    assertTrue(joined.toString().replace("\n\n", " ").contains(longParagraph.substring(0, 100)));
  }

  @Test
  void fallbackOfAHostileArticlePassesTelegramsHtmlParser() {
    Article a =
        new Article(
            1,
            new SourceId("x"),
            "Site <b>&",
            URI.create("https://x.example/a?q=%22&b=1"),
            "</b><script> & \"quotes\"",
            "<i>",
            null,
            java.time.Instant.parse("2026-11-28T02:00:00Z"),
            "&amp; <u>",
            null,
            "",
            "");
    List<OutgoingMessage> messages =
        renderer.plain(
            new FullArticle(
                a,
                List.of(
                    paragraph("<pre>1 < 2 & 3</pre>"),
                    new BodyBlock(BodyBlock.Kind.QUOTE, "</blockquote>"),
                    new BodyBlock(BodyBlock.Kind.LIST_ITEM, "&lt;"))));
    String text = visible(messages.get(0));
    assertTrue(text.startsWith("</b><script> & \"quotes\"\nSite <b>& · "), text);
    assertTrue(text.contains("<pre>1 < 2 & 3</pre>\n\n</blockquote>\n\n• &lt;"), text);
  }
}
