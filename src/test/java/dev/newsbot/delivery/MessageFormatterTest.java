package dev.newsbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.news.Article;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageFormatterTest {
  private final MessageFormatter formatter = new MessageFormatter(ZoneId.of("Asia/Singapore"));

  private static Article article(String title, String summary) {
    return article(title, summary, null);
  }

  private static Article article(String title, String summary, URI image) {
    return new Article(
        7,
        new SourceId("ms"),
        "Mother<ship>",
        URI.create("https://news.example.sg/a?x=1&y=2"),
        title,
        "Writer",
        Instant.parse("2026-11-28T01:30:00Z"),
        Instant.parse("2026-11-28T02:00:00Z"),
        "Standfirst.",
        image,
        "",
        summary);
  }

  /** What Telegram counts: the text after entities are parsed. */
  private static int visibleLength(OutgoingMessage m) {
    return org.jsoup.parser.Parser.unescapeEntities(m.text().replaceAll("<[^>]+>", ""), false)
        .length();
  }

  private static String sentences(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append("Sentence number ").append(i).append(" says a little & more. ");
    }
    return s.toString().strip();
  }

  @Test
  void cutsALongSummarySoThatTheMessageFits4096VisibleCharacters() {
    OutgoingMessage m = formatter.push(article("Title", sentences(400)));
    assertEquals(true, visibleLength(m) <= OutgoingMessage.MAX_TEXT, "visible " + visibleLength(m));
    assertEquals(
        true, visibleLength(m) > OutgoingMessage.MAX_TEXT - 60, "not cut more than needed");
    assertEquals(
        true,
        m.text().endsWith("more. …"),
        "cut after a sentence: " + m.text().substring(m.text().length() - 40));
  }

  @Test
  void sendsTheLeadImageWithACaptionWithin1024Characters() {
    URI image = URI.create("https://static.example.sg/lead.png");
    OutgoingMessage m = formatter.push(article("Title", sentences(100), image), true, 0);
    assertEquals(image, m.photo());
    assertEquals(
        true, visibleLength(m) <= OutgoingMessage.MAX_CAPTION, "visible " + visibleLength(m));
  }

  @Test
  void withoutAnImageSendsText() {
    OutgoingMessage m = formatter.push(article("Title", "Short.", null), true, 0);
    assertEquals(null, m.photo());
    assertEquals(true, m.linkPreview());
  }

  @Test
  void saysHowManyArticlesTheBacklogLeftOut() {
    assertEquals(
        true,
        formatter
            .push(article("T", "S."), false, 7)
            .text()
            .endsWith("\n\n<i>+ 7 more new articles while you were away: /latest</i>"));
    assertEquals(
        true,
        formatter
            .push(article("T", "S."), false, 1)
            .text()
            .endsWith("<i>+ 1 more new article while you were away: /latest</i>"));
  }

  @Test
  void plainPushHasNoMarkupAndShowsTheLink() {
    OutgoingMessage m = formatter.plainPush(article("A & B", "Sum <b>."), 0);
    assertEquals(OutgoingMessage.Format.PLAIN, m.format());
    assertEquals(
        "A & B\nhttps://news.example.sg/a?x=1&y=2\nMother<ship> · 28 Nov 2026, 09:30 SGT\n\nSum <b>.",
        m.text());
  }

  @Test
  void escapesTheCharactersTelegramHtmlReserves() {
    assertEquals(
        "Tom &amp; Jerry &lt;b&gt; &quot;q&quot;",
        MessageFormatter.escape("Tom & Jerry <b> \"q\""));
  }

  @Test
  void pushHasALinkedBoldTitleThenSourceAndTimeThenSummary() {
    assertEquals(
        "<b><a href=\"https://news.example.sg/a?x=1&amp;y=2\">China &amp; Russia &lt;agree&gt;</a></b>\n"
            + "<i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>\n\n"
            + "Leaders met &amp; talked.",
        formatter.push(article("China & Russia <agree>", "Leaders met & talked.")).text());
  }

  @Test
  void pushFallsBackToTheStandfirstWithoutASummary() {
    assertEquals(
        "<b><a href=\"https://news.example.sg/a?x=1&amp;y=2\">T</a></b>\n"
            + "<i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>\n\nStandfirst.",
        formatter.push(article("T", "")).text());
  }

  @Test
  void latestNumbersTheArticles() {
    String html = formatter.latest(List.of(article("First", "s"), article("Second", "s")));
    assertEquals(
        "<b>Latest articles</b>\n\n1. <a href=\"https://news.example.sg/a?x=1&amp;y=2\">First</a>\n"
            + "    <i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>\n"
            + "2. <a href=\"https://news.example.sg/a?x=1&amp;y=2\">Second</a>\n"
            + "    <i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>",
        html);
  }
}
