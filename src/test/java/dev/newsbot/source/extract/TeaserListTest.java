package dev.newsbot.source.extract;

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

    String text =
        new ArticleExtractor()
            .extract(html, URI.create("https://harbour.example/winter-kit"), ZoneOffset.UTC)
            .orElseThrow()
            .text();

    assertTrue(text.contains("Seabird Kayak 2") && text.contains("Harbour Gloves"), text);
  }
}
