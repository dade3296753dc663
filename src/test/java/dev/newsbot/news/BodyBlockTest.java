package dev.newsbot.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.source.extract.BodyCleaner;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyBlockTest {
  private static BodyBlock p(String text) {
    return new BodyBlock(BodyBlock.Kind.PARAGRAPH, text);
  }

  @Test
  void readsABodyStoredBeforeSubheadingsWereMarkedAsParagraphsAndListItems() {
    assertEquals(
        List.of(
            p("First."),
            p("Commuters left waiting"),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "One."),
            p("Last.")),
        BodyBlock.parse("First.\n\nCommuters left waiting\n\n• One.\n\nLast."));
  }

  @Test
  void readsSubheadingsListItemsAndQuotesByTheirMarkers() {
    assertEquals(
        List.of(
            new BodyBlock(BodyBlock.Kind.HEADING, "Work starts in spring"),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Piling in March."),
            new BodyBlock(BodyBlock.Kind.QUOTE, "We will be ready."),
            p("Line one\nline two")),
        BodyBlock.parse(
            "## Work starts in spring\n\n• Piling in March.\n\n> We will be ready.\n\n"
                + "Line one\nline two"));
  }

  @Test
  void readsBackAParagraphThatOpensLikeAMarkAsAParagraph() {
    String stored =
        BodyCleaner.clean(
                "<p>| Editor's note: this story was updated on Tuesday with the new timetable.</p>"
                    + "<pre>> ls -la /var/ferries</pre>",
                URI.create("https://news.example/"))
            .text();

    List<BodyBlock> blocks = BodyBlock.parse(stored);

    assertEquals(BodyBlock.Kind.PARAGRAPH, blocks.get(0).kind());
    assertEquals(BodyBlock.Kind.PARAGRAPH, blocks.get(1).kind());
  }

  @Test
  void keepsATablesEmptyCellsAndTheBarsInsideCells() {
    String stored =
        BodyCleaner.clean(
                "<p>The council approved the new footbridge on Tuesday evening.</p><table>"
                    + "<tr><th>Route</th><th>Times</th><th>Note</th></tr>"
                    + "<tr><td>Pier | Quay</td><td></td><td>daily</td></tr></table>",
                URI.create("https://news.example/"))
            .text();

    List<BodyBlock> blocks = BodyBlock.parse(stored);

    assertEquals(List.of("Pier ¦ Quay", "\u00a0", "daily"), blocks.get(2).cells());
  }

  @Test
  void dropsBlankBlocksAndMarkersWithNothingAfterThem() {
    assertEquals(List.of(p("Only.")), BodyBlock.parse("\n\n## \n\n  \n\nOnly.\n\n• "));
  }

  @Test
  void readsBackTheKindsTheExtractorStores() {
    String stored =
        BodyCleaner.clean(
                "<p>The council approved the new footbridge on Tuesday evening.</p>"
                    + "<h2>Work starts in spring</h2>"
                    + "<ul><li>Piling in March.</li><li>Deck in May.</li></ul>"
                    + "<blockquote><p>We will be ready by the summer.</p></blockquote>"
                    + "<table><tr><th>Stage</th><th>Month</th></tr>"
                    + "<tr><td>Piling</td><td>March</td></tr></table>",
                URI.create("https://news.example/"))
            .text();
    List<BodyBlock> blocks = BodyBlock.parse(stored);
    assertEquals(
        List.of(
            p("The council approved the new footbridge on Tuesday evening."),
            new BodyBlock(BodyBlock.Kind.HEADING, "Work starts in spring"),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Piling in March."),
            new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Deck in May."),
            new BodyBlock(BodyBlock.Kind.QUOTE, "We will be ready by the summer."),
            new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Stage | Month"),
            new BodyBlock(BodyBlock.Kind.TABLE_ROW, "Piling | March")),
        blocks);
    assertEquals(List.of("Piling", "March"), blocks.get(6).cells());
  }
}
