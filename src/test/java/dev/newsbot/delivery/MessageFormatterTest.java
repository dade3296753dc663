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
    return new Article(
        7, new SourceId("ms"), "Mother<ship>", URI.create("https://news.example.sg/a?x=1&y=2"),
        title, "Writer", Instant.parse("2026-11-28T01:30:00Z"), Instant.parse("2026-11-28T02:00:00Z"),
        "Standfirst.", null, summary);
  }

  @Test
  void escapesTheCharactersTelegramHtmlReserves() {
    assertEquals("Tom &amp; Jerry &lt;b&gt; &quot;q&quot;", MessageFormatter.escape("Tom & Jerry <b> \"q\""));
  }

  @Test
  void pushHasALinkedBoldTitleThenSourceAndTimeThenSummary() {
    assertEquals(
        "<b><a href=\"https://news.example.sg/a?x=1&amp;y=2\">China &amp; Russia &lt;agree&gt;</a></b>\n"
            + "<i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>\n\n"
            + "Leaders met &amp; talked.",
        formatter.push(article("China & Russia <agree>", "Leaders met & talked.")));
  }

  @Test
  void pushFallsBackToTheStandfirstWithoutASummary() {
    assertEquals(
        "<b><a href=\"https://news.example.sg/a?x=1&amp;y=2\">T</a></b>\n"
            + "<i>Mother&lt;ship&gt; · 28 Nov 2026, 09:30 SGT</i>\n\nStandfirst.",
        formatter.push(article("T", "")));
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
