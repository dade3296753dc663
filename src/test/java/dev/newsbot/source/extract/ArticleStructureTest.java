package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure a Rich Message renders, as the extracted body keeps it. */
class ArticleStructureTest {
  @Test
  void keepsSubheadingsListsQuotationsAndTableRowsMarked() {
    String html =
        "<html><body><article><h1>Ferry timetable cut for winter</h1>"
            + "<p>The ferry operator will run two fewer evening crossings from Monday, it said in"
            + " a notice posted at the pier on Friday afternoon.</p>"
            + "<h2>What changes</h2>"
            + "<ul><li>The 9pm crossing goes.</li><li>The 10pm crossing goes.</li></ul>"
            + "<blockquote><p>We know this is hard on people who work late, and we are sorry"
            + " for it.</p></blockquote>"
            + "<table><tr><th>Crossing</th><th>Summer</th><th>Winter</th></tr>"
            + "<tr><td>Last from town</td><td>22:00</td><td>20:00</td></tr></table>"
            + "<p>Residents can give their views at the council office until the end of the"
            + " month, the operator added in its notice.</p></article></body></html>";

    List<String> body =
        new ArticleExtractor()
            .extract(html, URI.create("https://harbour.example/ferry"), ZoneOffset.UTC)
            .orElseThrow()
            .body();

    assertEquals(
        List.of(
            "The ferry operator will run two fewer evening crossings from Monday, it said in a"
                + " notice posted at the pier on Friday afternoon.",
            "## What changes",
            "• The 9pm crossing goes.",
            "• The 10pm crossing goes.",
            "> We know this is hard on people who work late, and we are sorry for it.",
            "| Crossing | Summer | Winter",
            "| Last from town | 22:00 | 20:00",
            "Residents can give their views at the council office until the end of the month,"
                + " the operator added in its notice."),
        body);
  }
}
