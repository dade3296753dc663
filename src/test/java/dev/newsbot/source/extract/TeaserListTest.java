package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Lists of linked headlines that are the article's own, not other stories' teasers. */
class TeaserListTest {
  @Test
  void keepsARoundupsPicksThatLinkToOtherSites() {
    StringBuilder picks = new StringBuilder("<div class='picks'>");
    for (String pick : new String[] {"Seabird Kayak 2", "Drybag Forty", "Harbour Gloves"}) {
      picks
          .append("<div><h3><a href='https://shop.example/")
          .append(pick.replace(' ', '-'))
          .append("'>")
          .append(pick)
          .append("</a></h3><p>Light, warm and sturdy enough for a crossing in a winter gale.</p>")
          .append("</div>");
    }
    picks.append("</div>");
    String html =
        "<html><body><article><h1>The best kit for winter crossings</h1>"
            + StoryHtml.PARAGRAPHS
            + StoryHtml.PARAGRAPHS.replace("ferry", "boat")
            + StoryHtml.PARAGRAPHS.replace("ferry", "launch")
            + picks
            + "</article></body></html>";

    String text = textOf(html, "https://harbour.example/winter-kit");

    assertTrue(text.contains("Seabird Kayak 2") && text.contains("Harbour Gloves"), text);
  }

  @Test
  void keepsARoundupsItemsThatSaySomethingBesideTheirLinksAndDropsBareLinks() {
    String html =
        "<html><body><article><h1>What changed at the harbour this week</h1>"
            + StoryHtml.PARAGRAPHS
            + "<ul><li>Jane Tan, the harbour master, <a href='/notice/41'>moved the evening ferry to the east pier for the winter</a> months</li>"
            + "<li>The town council, on Tuesday, <a href='/notice/42'>reopened the footbridge over the canal after the repairs</a> at last</li>"
            + "<li>Volunteers from the sailing club <a href='/notice/43'>painted the old lighthouse red again, as it was</a> in 1950</li></ul>"
            + StoryHtml.PARAGRAPHS.replace("ferry", "boat")
            + "<ul><li><a href='/2026/11/pier'>Pier repairs begin in spring</a></li>"
            + "<li><a href='/2026/11/tide'>Record tide floods the market</a></li>"
            + "<li><a href='/2026/11/gulls'>Why the gulls came back</a></li></ul>"
            + "</article></body></html>";

    String text = textOf(html, "https://harbour.example/week");

    assertTrue(
        text.contains("Jane Tan, the harbour master, moved the evening ferry to the east pier"),
        text);
    assertFalse(text.contains("Record tide floods the market"), text);
  }

  private static String textOf(String html, String url) {
    return new ArticleExtractor()
        .extract(html, URI.create(url), ZoneOffset.UTC)
        .orElseThrow()
        .text();
  }
}
