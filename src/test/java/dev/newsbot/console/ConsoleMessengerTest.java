package dev.newsbot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
