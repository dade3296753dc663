package dev.newsbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.delivery.RichMessage;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleMessengerTest {
  @Test
  void printsHtmlAsPlainTextWithLinksWrittenOut() {
    assertEquals(
        "China & Russia <agree> <https://news.example.sg/a?x=1&y=2>\nMothership · 28 Nov\n\nSummary.",
        ConsoleMessenger.plainText(
            "<b><a href=\"https://news.example.sg/a?x=1&amp;y=2\">China &amp; Russia &lt;agree&gt;</a></b>\n"
                + "<i>Mothership · 28 Nov</i>\n\nSummary."));
  }

  @Test
  void printsRichMessagesAsTextBlockByBlock() {
    assertEquals(
        "Ferry & bikes\n\n"
            + "Mothership · 28 Nov\n\n"
            + "[photo: https://img.example/a.jpg]\nThe jetty at dawn.\n\n"
            + "Opening <paragraph>.\n\n"
            + "Bicycles welcome\n\n"
            + "• Racks.\n• Free.\n\n"
            + "> A lovely ride.\n\n"
            + "Route | First\nPunggol | 06:00\n\n"
            + "Source: Mothership <https://news.example.sg/a?x=1&y=2>",
        ConsoleMessenger.richText(
            new RichMessage(
                "<h1>Ferry &amp; bikes</h1><p><i>Mothership · 28 Nov</i></p>"
                    + "<figure><img src=\"tg://photo?id=lead\"/>"
                    + "<figcaption>The jetty at dawn.</figcaption></figure>"
                    + "<p>Opening &lt;paragraph&gt;.</p>"
                    + "<h2>Bicycles welcome</h2><ul><li>Racks.</li><li>Free.</li></ul>"
                    + "<blockquote>A lovely ride.</blockquote>"
                    + "<table><tr><td>Route</td><td>First</td></tr>"
                    + "<tr><td>Punggol</td><td>06:00</td></tr></table>"
                    + "<p>Source: <a href=\"https://news.example.sg/a?x=1&amp;y=2\">Mothership</a></p>",
                List.of(new RichMessage.Photo("lead", URI.create("https://img.example/a.jpg"))))));
  }
}
