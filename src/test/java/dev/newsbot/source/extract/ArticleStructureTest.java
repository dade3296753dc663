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

    List<String> body = bodyOf(html, "https://harbour.example/ferry");

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

  @Test
  void keepsAPostTypedAsLooseLinesAndPlainDivsAroundItsLists() {
    String html =
        "<html><body><div class='sidebar'><a href='/'>Home</a> <a href='/archive'>Archive</a></div>"
            + "<div><div dir='ltr'>"
            + "The city marathon was won on Sunday in a time two minutes outside the course record,"
            + " after the leaders ran the first half far slower than the pace the record needed.<br><br>"
            + "The winner and the runner-up crossed the line side by side, and neither tried to"
            + " sprint, which left many in the crowd wondering whether the finish was agreed.<br><br>"
            + "<ul><li>Splits every five kilometres</li><li>The gap to last year</li></ul>"
            + "<div>So what does the race tell us about the record?</div>"
            + "<div><ul>"
            + "<li>First, the average pace the record needs is about 2:56 a kilometre, and the"
            + " leaders reached it only after halfway, having run the opening ten far slower.</li>"
            + "<li>Second, the pacemakers left at thirty kilometres, earlier than planned, so the"
            + " leaders ran the hardest part of the course alone, into a headwind.</li>"
            + "<li>Third, the last two kilometres took almost a minute longer than the ones before,"
            + " and that, more than anything, is where the record was lost.</li>"
            + "</ul><div>Pacing a record on this course needs a calm day and pacemakers who stay"
            + " to thirty-five kilometres at least, as they did the year it last fell.</div>"
            + "<div>The record will have to wait for another year and another course.</div></div>"
            + "</div></div></body></html>";

    List<String> body = bodyOf(html, "https://running.example/2026/12/race");

    assertEquals("The city marathon was won on Sunday", body.get(0).substring(0, 35));
    assertEquals(
        "The record will have to wait for another year and another course.",
        body.get(body.size() - 1));
  }

  @Test
  void keepsAShortOpeningParagraphSetApartAboveTheBody() {
    String opening =
        "The harbour's night ferry returns on Friday after three months away, the operator said in"
            + " a notice at the pier.";
    String html =
        "<html><body><h1>Night ferry returns</h1><div class='col'><div class='x1'><p>"
            + opening
            + "</p></div><div class='x2'>"
            + StoryHtml.PARAGRAPHS
            + StoryHtml.PARAGRAPHS.replace("ferry", "boat")
            + "</div></div></body></html>";

    List<String> body = bodyOf(html, "https://harbour.example/night-ferry");

    assertEquals(opening, body.get(0));
  }

  @Test
  void leavesOutAHiddenPopUpThatRunsLongerThanTheStory() {
    String popUp =
        "<div class='layer' role='dialog' aria-hidden='true'><div class='box'>"
            + StoryHtml.paragraphsAbout("training", "course", "programme", "cadet")
            + "</div></div>";
    String html =
        "<html><body><h1>Ferry timetable changes</h1><div class='col'>"
            + StoryHtml.paragraphsAbout("ferry", "boat", "launch")
            + "</div>"
            + popUp
            + "</body></html>";

    List<String> body = bodyOf(html, "https://harbour.example/timetable");

    assertEquals(9, body.size(), String.join("\n", body));
    assertEquals(List.of(), body.stream().filter(p -> p.contains("training")).toList());
  }

  @Test
  void keepsARecipesStepsThatHaveAPhotoEach() {
    String html =
        "<html><body><h1>Tofu stir-fry</h1><div class='col'>"
            + StoryHtml.paragraphsAbout("tofu", "wok")
            + "<h2>Directions</h2><ol>"
            + "<li><img src='/s1.jpg'>Dice the tofu and pat it dry.</li>"
            + "<li><img src='/s2.jpg'>Fry it until the edges brown.</li>"
            + "<li><img src='/s3.jpg'>Add the garlic and the chilli.</li>"
            + "<li><img src='/s4.jpg'>Stir in the sauce and serve.</li>"
            + "</ol></div></body></html>";

    List<String> body = bodyOf(html, "https://kitchen.example/tofu");

    assertEquals(
        List.of(
            "## Directions",
            "• Dice the tofu and pat it dry.",
            "• Fry it until the edges brown.",
            "• Add the garlic and the chilli.",
            "• Stir in the sauce and serve."),
        body.subList(body.size() - 5, body.size()));
  }

  @Test
  void keepsTheLeadAnArticleSetsInItsOwnHeader() {
    String lead =
        "The night ferry to the outer islands comes back on Friday, three months after the last"
            + " crew left, and runs until the spring.";
    String html =
        "<html><body><header class='site'><a href='/'>Harbour News</a></header><article><header>"
            + "<h1>Night ferry returns</h1><p>"
            + lead
            + "</p></header><div class='x2'>"
            + StoryHtml.paragraphsAbout("ferry", "boat")
            + "</div></article></body></html>";

    assertEquals(lead, bodyOf(html, "https://harbour.example/night-ferry").get(0));
  }

  private static List<String> bodyOf(String html, String url) {
    return new ArticleExtractor()
        .extract(html, URI.create(url), ZoneOffset.UTC)
        .orElseThrow()
        .body();
  }
}
