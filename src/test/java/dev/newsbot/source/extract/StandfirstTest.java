package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class StandfirstTest {
  private static final String DEK = "Afternoon crossings are back from Monday.";
  private static final Block STORY =
      new Block(Block.Kind.PARAGRAPH, "The ferry to the island runs twice a day again.");

  /**
   * The blocks the story container gives, after the standfirst the page shows has been looked for.
   */
  private static List<Block> blocks(String html, String description) {
    Element body = Jsoup.parse(html).body();
    Standfirst standfirst = Standfirst.find(body, body.selectFirst("h1"), description);
    return standfirst.above(List.of(STORY), List.of(body.selectFirst(".story")));
  }

  @Test
  void putsTheStandfirstShownUnderTheHeadlineAboveTheBody() {
    String html =
        "<header><h1>Ferry resumes</h1><p class='dek'>Afternoon crossings are <em>back</em> from"
            + " Monday.</p></header><div class='story'><p>The ferry to the island runs twice a day"
            + " again.</p></div>";

    assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, DEK), STORY), blocks(html, DEK));
  }

  @Test
  void leavesOutADescriptionShownOnlyBelowTheBodyOrInALink() {
    String html =
        "<h1>Ferry resumes</h1><p><a href='/ferry'>Afternoon crossings are back from Monday.</a></p>"
            + "<div class='story'><p>The ferry to the island runs twice a day again.</p></div>"
            + "<p>Afternoon crossings are back from Monday.</p>";

    assertEquals(List.of(STORY), blocks(html, DEK));
  }

  @Test
  void leavesOutADescriptionShownAboveTheHeadline() {
    String html =
        "<p class='tagline'>Afternoon crossings are back from Monday.</p><h1>Ferry resumes</h1>"
            + "<div class='story'><p>The ferry to the island runs twice a day again.</p></div>";

    assertEquals(List.of(STORY), blocks(html, DEK));
  }

  @Test
  void findsTheParagraphACutDescriptionOpens() {
    String lead =
        "Afternoon crossings are back from Monday, after the operator found a second crew for the"
            + " route, and the last boat leaves at six.";
    String html =
        "<h1>Ferry resumes</h1><div class='lead'><p>"
            + lead
            + "</p></div><p class='byline'>By Jane Tan</p><div class='story'><p>The ferry to the"
            + " island runs twice a day again.</p></div>";
    String cut = "Afternoon crossings are back from Monday, after the operator found a second...";

    assertEquals(List.of(new Block(Block.Kind.PARAGRAPH, lead), STORY), blocks(html, cut));
    assertEquals(List.of(STORY), blocks(html, "Afternoon crossings are back..."), "too short");
  }
}
