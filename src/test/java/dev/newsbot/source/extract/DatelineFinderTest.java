package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DatelineFinderTest {
  private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

  private static Optional<OffsetDateTime> find(String body) {
    Document doc = Jsoup.parse("<html><body>" + body + "</body></html>");
    return DatelineFinder.find(doc.body(), doc.selectFirst("h1"), SINGAPORE);
  }

  @Test
  void takesTheDatelineUnderTheHeadlineNotTheRelatedStoriesDates() {
    Optional<OffsetDateTime> date =
        find(
            "<div class='related'><span class='meta-time'>July 30, 2026, 10:44 AM</span></div>"
                + "<h1>Headline</h1><h3 class='text-sm pl-6'>July 29, 2026, 11:30 AM</h3><p>Story text.</p>"
                + "<div class='related-posts'><span class='meta-time'>July 31, 2026, 09:00 AM</span></div>");
    assertEquals(Optional.of(OffsetDateTime.parse("2026-07-29T11:30:00+08:00")), date);
  }

  @Test
  void skipsAsidesAndUpdateLines() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Headline</h1><aside><span>March 9, 2024</span></aside><p>Updated March 8, 2024</p>"
                + "<p class='date'>March 7, 2024, 8:00 PM</p>");
    assertEquals(Optional.of(OffsetDateTime.parse("2024-03-07T20:00:00+08:00")), date);
  }

  @Test
  void prefersMachineReadableTime() {
    Optional<OffsetDateTime> date =
        find("<h1>Headline</h1><time datetime='2024-03-07T20:00:00+01:00'>Thursday</time>");
    assertEquals(Optional.of(OffsetDateTime.parse("2024-03-07T20:00:00+01:00")), date);
  }

  @Test
  void readsAMothershipDatelineAsSingaporeTime() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Headline</h1><p class='byline'>Clementine Oei</p>"
                + "<p class='date'>September 20, 2021, 07:19 PM</p><p>Story text.</p>");
    assertEquals(Optional.of(OffsetDateTime.parse("2021-09-20T19:19:00+08:00")), date);
  }

  @Test
  void readsTheDayOfEachTimeInItsOwnOffset() {
    // both are the evening of 7 March where they were written; in UTC the second is already 8 March
    Optional<OffsetDateTime> date =
        find(
            "<h1>Chapter 1</h1>"
                + "<p>A sentence of the chapter.</p>".repeat(70)
                + "<p><time datetime='2024-03-07T09:00:00-05:00'>morning</time></p>"
                + "<p><time datetime='2024-03-07T21:00:00-05:00'>evening</time></p>");
    assertEquals(Optional.of(OffsetDateTime.parse("2024-03-07T09:00:00-05:00")), date);
  }

  @Test
  void findsNoDateInAPageWithoutOne() {
    assertEquals(
        Optional.empty(), find("<h1>Headline</h1><p>Nothing here is dated, not even 2024.</p>"));
  }

  @Test
  void readsTheDayFromTheAddress() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2019-08-02T00:00:00Z")),
        DatelineFinder.fromUrl(
            URI.create("https://blog.example/2019/08/02/parsing/"), ZoneOffset.UTC));
    assertEquals(
        Optional.empty(),
        DatelineFinder.fromUrl(
            URI.create("https://mothership.example/2026/06/slug/"), ZoneOffset.UTC));
  }

  @Test
  void readsDatesInsideAWrapperNamedAfterTheLayout() {
    Document doc =
        Jsoup.parse(
            "<html><body class='single right-sidebar nav-below-header'>"
                + "<div class='nav-header'><h1>Headline</h1><time datetime='2024-03-07T20:00:00+01:00'>7 March</time>"
                + "<p>Story text.</p></div></body></html>");
    assertEquals(
        Optional.of(OffsetDateTime.parse("2024-03-07T20:00:00+01:00")),
        DatelineFinder.find(doc.body(), doc.selectFirst("h1"), SINGAPORE));
  }

  @Test
  void takesAMarkedPublicationDatePrintedUnderALongPost() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Headline</h1>"
                + "<p>A sentence of the post.</p>".repeat(70)
                + "<p>Posted <time datetime='2020-10-18T21:30:35Z' pubdate>Sunday evening</time></p>"
                + "<p>Edited <time datetime='2020-10-20T08:00:00Z'>Tuesday</time></p>");
    assertEquals(Optional.of(OffsetDateTime.parse("2020-10-18T21:30:35Z")), date);
  }

  @Test
  void takesTheOnlyTimeOnThePageWhenFarFromTheHeadline() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Chapter 1</h1>"
                + "<p>A sentence of the chapter.</p>".repeat(70)
                + "<p>Posted on <time datetime='2020-08-06T09:09:24Z'>a Thursday</time></p>");
    assertEquals(Optional.of(OffsetDateTime.parse("2020-08-06T09:09:24Z")), date);
  }

  @Test
  void ignoresFarTimesThatDisagree() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Chapter 1</h1>"
                + "<p>A sentence of the chapter.</p>".repeat(70)
                + "<p><time datetime='2020-08-06T09:09:24Z'>a Thursday</time></p>"
                + "<p><time datetime='2020-09-01T10:00:00Z'>a Tuesday</time></p>");
    assertEquals(Optional.empty(), date);
  }

  @Test
  void readsTheTitleOfAPublishedAbbr() {
    Optional<OffsetDateTime> date =
        find(
            "<h1>Headline</h1><p>Story text.</p>"
                + "<abbr class='published' itemprop='datePublished' title='2019-10-16T14:33:00-07:00'>2:33 PM</abbr>");
    assertEquals(Optional.of(OffsetDateTime.parse("2019-10-16T14:33:00-07:00")), date);
  }
}
