package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

  @Test
  void readsMonthFirstDatelineInTheGivenZone() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2021-09-20T19:19:00+08:00")),
        DateParser.parseWritten("September 20, 2021, 07:19 PM", SINGAPORE));
  }

  @Test
  void readsMidnightAndNoonAsTwelveOClock() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2021-09-20T00:05:00+08:00")),
        DateParser.parseWritten("September 20, 2021, 12:05 AM", SINGAPORE));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2021-09-20T12:05:00+08:00")),
        DateParser.parseWritten("September 20, 2021, 12:05 PM", SINGAPORE));
  }

  @Test
  void readsDayFirstAndAbbreviatedMonths() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2019-03-05T00:00:00Z")),
        DateParser.parseWritten("Published 5 Mar 2019", ZoneOffset.UTC));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2015-11-12T00:00:00Z")),
        DateParser.parseWritten("12. November 2015", ZoneOffset.UTC));
  }

  @Test
  void honoursAWrittenZoneOverTheDefault() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2008-06-03T11:05:30Z")),
        DateParser.parse("Tue, 3 Jun 2008 11:05:30 GMT", SINGAPORE));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2020-02-19T17:30:00-05:00")),
        DateParser.parse("Feb 19, 2020 5:30 PM EST", SINGAPORE));
  }

  @Test
  void readsIsoWithAndWithoutOffset() {
    assertEquals(
        Optional.of(OffsetDateTime.parse("2021-11-01T10:52:50+01:00")),
        DateParser.parse("2021-11-01T10:52:50+0100", ZoneOffset.UTC));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2026-06-18T16:42:28+08:00")),
        DateParser.parse("2026-06-18T16:42:28", SINGAPORE));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2017-11-03T03:01:00Z")),
        DateParser.parse("2017-11-03 03:01:00.000000", ZoneOffset.UTC));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2024-06-25T00:00:00+08:00")),
        DateParser.parse("2024-06-25", SINGAPORE));
  }

  @Test
  void keepsTheEveningOfAWesternOffsetOnItsOwnDay() {
    OffsetDateTime date = DateParser.parse("2026-11-22T20:00:00-05:00", SINGAPORE).orElseThrow();
    assertEquals(OffsetDateTime.parse("2026-11-22T20:00:00-05:00"), date);
    assertEquals(LocalDate.of(2026, 11, 22), date.toLocalDate());
  }

  @Test
  void usesTheZonesOffsetInForceAtThatLocalTime() {
    ZoneId newYork = ZoneId.of("America/New_York");
    assertEquals(
        Optional.of(OffsetDateTime.parse("2026-07-01T21:30:00-04:00")),
        DateParser.parse("2026-07-01 21:30", newYork));
    assertEquals(
        Optional.of(OffsetDateTime.parse("2026-11-22T00:00:00-05:00")),
        DateParser.parse("2026/11/22", newYork));
  }

  @Test
  void rejectsWhatIsNotACalendarDate() {
    assertEquals(Optional.empty(), DateParser.parse("2021-02-30T10:00:00Z", ZoneOffset.UTC));
    assertEquals(
        Optional.empty(),
        DateParser.parseWritten("The mayor met 20 marketing staff in 2021", ZoneOffset.UTC));
    assertEquals(Optional.empty(), DateParser.parseWritten("Updated 3 hours ago", ZoneOffset.UTC));
    assertEquals(Optional.empty(), DateParser.parse("", ZoneOffset.UTC));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年3月14日 下午2:05 | 2025-03-14T14:05:00+08:00",
        "发布于 2025年3月14日 | 2025-03-14T00:00:00+08:00",
        "3 Ogos 2025 | 2025-08-03T00:00:00+08:00",
        "20 Disember 2024 | 2024-12-20T00:00:00+08:00"
      })
  void readsChineseAndMalayDates(String written, String expected) {
    assertEquals(
        Optional.of(OffsetDateTime.parse(expected)), DateParser.parseWritten(written, SINGAPORE));
  }
}
