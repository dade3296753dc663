package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCleanerTest {
  private static final URI BASE = URI.create("https://news.example/2026/06/story/");

  @Test
  void dropsFeedPromoShareWidgetAdsAndImageCredit() {
    String html =
        "<img class=\"type:primaryImage\" src=\"/img/lead.png\"/>"
            + "<p><a href=\"https://bit.ly/3qXyz\">Follow us on Telegram for more: https://t.me/examplenews</a></p>"
            + "<div class=\"addtoany_share_save_container\"><a href=\"https://www.addtoany.example/share\">Share</a></div>"
            + "<p>The council approved the new footbridge on Tuesday evening.</p>"
            + "<div class=\"advertisement-custom-post ad\"><span>Advertisement</span><ins class=\"adsbygoogle\"></ins></div>"
            + "<h2>Work starts in spring</h2><ol><li>Piling in March.</li><li>Deck in May.</li></ol>"
            + "<p><em>Top image via the council's Facebook page</em></p>";

    ArticleBody body = BodyCleaner.clean(html, BASE);

    assertEquals(
        List.of(
            "The council approved the new footbridge on Tuesday evening.",
            "## Work starts in spring",
            "• Piling in March.",
            "• Deck in May."),
        body.blocks());
    assertEquals(URI.create("https://news.example/img/lead.png"), body.leadImage());
  }

  @Test
  void splitsParagraphsSeparatedByDoubleLineBreaks() {
    ArticleBody body =
        BodyCleaner.clean("First line<br>same paragraph<br><br>Second paragraph", BASE);
    assertEquals(List.of("First line\nsame paragraph", "Second paragraph"), body.blocks());
  }
}
