package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Pages that render the story with a script and give readers without scripts a copy. */
class NoscriptCopyTest {
  private static final String[] PARAGRAPHS = {
    "The harbour office will open its new ticket hall on Monday, two years after the old one was"
        + " closed by the winter floods that reached the second step of the pier.",
    "Travellers to the outer islands can buy tickets there from six in the morning, and the"
        + " machines on the quay will take cards as well as the old paper passes.",
    "The office says the hall was raised half a metre, so that a flood like the last one would"
        + " leave the counters dry, and the old hall will become a waiting room.",
    "Residents asked for a covered walkway to the ferry steps, which the council has promised to"
        + " consider when it sets next year's budget for the harbour in the spring.",
    "The ferry operator will keep its own kiosk at the end of the pier for the summer months,"
        + " when the queues for the day boats to the beaches are at their longest."
  };

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String story() {
    StringBuilder story = new StringBuilder();
    for (String p : PARAGRAPHS) {
      story.append("<p>").append(p).append("</p>\n");
    }
    return story.toString();
  }

  @Test
  void readsTheStoryFromTheNoscriptCopyOfAScriptTemplateOnce() {
    String story = story();
    String html =
        "<html><head><title>Ticket hall reopens</title></head><body>"
            + "<div class='post'><h2 class='title'>Ticket hall reopens</h2>"
            + "<div class='post-body'><script type='text/template'>"
            + story
            + "</script><noscript>"
            + story
            + "</noscript></div></div></body></html>";

    String text = text(html);

    assertEquals(String.join("\n\n", PARAGRAPHS), text);
  }

  @Test
  void readsAStoryShownAndCopiedIntoANoscriptOnce() {
    String story = story();
    String html =
        "<html><body><article><h1>Ticket hall reopens</h1><div class='post-body'>"
            + story
            + "</div><div class='fallback'><noscript>"
            + story
            + "</noscript></div></article></body></html>";

    assertEquals(String.join("\n\n", PARAGRAPHS), text(html));
  }

  @Test
  void leavesOutANoscriptNoticeAboutJavaScript() {
    StringBuilder html = new StringBuilder("<html><body><article><h1>Ticket hall reopens</h1>");
    for (String p : PARAGRAPHS) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append(
        "<div id='media'><noscript><div class='warning'><p>This story holds a video that needs"
            + " JavaScript.</p><p>Please turn JavaScript on to watch it.</p></div></noscript>"
            + "</div></article></body></html>");

    assertFalse(text(html.toString()).contains("JavaScript"));
  }

  private String text(String html) {
    return extractor
        .extract(html, URI.create("https://harbour.example/ticket-hall"), ZoneOffset.UTC)
        .orElseThrow()
        .text();
  }
}
