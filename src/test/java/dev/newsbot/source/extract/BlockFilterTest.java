package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockFilterTest {
  private static final String STORY =
      "The ferry to the island runs twice a day again from Monday, after the operator found a"
          + " second crew to cover the afternoon crossing that was cut in the spring.";

  @Test
  void keepsTheStandfirstTheStoryOpensWith() {
    List<Block> blocks =
        List.of(
            new Block(Block.Kind.PARAGRAPH, "Afternoon crossings are back."),
            new Block(Block.Kind.PARAGRAPH, STORY));
    assertEquals(blocks, BlockFilter.filter(blocks, "Ferry resumes"));
  }

  @Test
  void endsTheBodyAtTheCommentsHeading() {
    List<Block> blocks = storyThen("12 Responses to “Ferry resumes”");
    assertEquals(blocks.subList(0, 1), BlockFilter.filter(blocks, "Ferry resumes"));
  }

  @Test
  void keepsASectionCalledResponse() {
    List<Block> blocks = storyThen("Response");
    assertEquals(blocks, BlockFilter.filter(blocks, "Ferry resumes"));
  }

  @Test
  void dropsAnotherStorysTeaserWithItsHeadline() {
    Block teaser = paragraph("The last crossing moves to four o'clock from November. Read more »");
    assertEquals(
        List.of(paragraph(STORY)),
        BlockFilter.filter(
            List.of(paragraph(STORY), heading("Timetable changes for the winter"), teaser),
            "Ferry resumes"));
  }

  @Test
  void dropsARelatedPostsSectionUpToTheNextHeading() {
    Block related = new Block(Block.Kind.LIST_ITEM, "Night ferry returns for the summer");
    Block times = paragraph("Boats leave at nine and at four.");
    assertEquals(
        List.of(paragraph(STORY), heading("Timetable"), times),
        BlockFilter.filter(
            List.of(
                paragraph(STORY), heading("Related posts:"), related, heading("Timetable"), times),
            "Ferry resumes"));
  }

  @Test
  void dropsABlogsSidebarWidgetsUnderTheirHeadings() {
    List<Block> widgets =
        List.of(
            heading("Contributors"),
            paragraph("Jane Tan writes about ferries and the islands."),
            heading("Feeds"),
            paragraph("All posts"),
            heading("Follow us on Telegram"),
            heading("Subscribe by email"),
            paragraph("Get new posts in your inbox."));
    List<Block> page = new java.util.ArrayList<>(List.of(paragraph(STORY)));
    page.addAll(widgets);
    assertEquals(List.of(paragraph(STORY)), BlockFilter.filter(page, "Ferry resumes"));
  }

  @Test
  void keepsAStorySectionUnderAHeadingThatNamesFurniture() {
    List<Block> blocks =
        List.of(paragraph(STORY), heading("Archives"), paragraph(STORY + " " + STORY));
    assertEquals(blocks, BlockFilter.filter(blocks, "Ferry resumes"));
  }

  private static Block paragraph(String text) {
    return new Block(Block.Kind.PARAGRAPH, text);
  }

  private static Block heading(String text) {
    return new Block(Block.Kind.HEADING, text);
  }

  /** Two paragraphs of story, then {@code heading} over a short paragraph. */
  private static List<Block> storyThen(String heading) {
    return List.of(
        new Block(Block.Kind.PARAGRAPH, STORY + " " + STORY),
        new Block(Block.Kind.HEADING, heading),
        new Block(Block.Kind.PARAGRAPH, "Great news, I take that boat every week."));
  }
}
