package dev.newsbot.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatSettingsTest {
  private static final ZoneId SG = ZoneId.of("Asia/Singapore");

  private static ZonedDateTime at(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), SG);
  }

  @Test
  void quietHoursOverMidnightContainTheNightAndEndInTheMorning() {
    ChatSettings.QuietHours night =
        new ChatSettings.QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0));
    assertTrue(night.contains(LocalTime.of(23, 30)));
    assertTrue(night.contains(LocalTime.of(3, 0)));
    assertFalse(night.contains(LocalTime.of(7, 0)));
    assertFalse(night.contains(LocalTime.of(12, 0)));
    assertEquals(at("2026-12-03T07:00"), night.end(at("2026-12-02T23:30")));
    assertEquals(at("2026-12-03T07:00"), night.end(at("2026-12-03T02:00")));
  }

  @Test
  void quietHoursWithinADay() {
    ChatSettings.QuietHours lunch =
        new ChatSettings.QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertTrue(lunch.contains(LocalTime.of(12, 30)));
    assertFalse(lunch.contains(LocalTime.of(13, 0)));
    assertEquals(at("2026-12-02T13:00"), lunch.end(at("2026-12-02T12:10")));
  }

  @Test
  void theLastDigestDueIsTheLatestTimeAtOrBeforeNowTodayOrYesterday() {
    ChatSettings twice =
        ChatSettings.DEFAULT.withDigestTimes(List.of(LocalTime.of(20, 0), LocalTime.of(8, 0)));
    assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(20, 0)), twice.digestTimes());
    assertEquals(Optional.of(at("2026-12-02T08:00")), twice.lastDigestDue(at("2026-12-02T09:15")));
    assertEquals(Optional.of(at("2026-12-02T20:00")), twice.lastDigestDue(at("2026-12-02T20:00")));
    assertEquals(Optional.of(at("2026-12-01T20:00")), twice.lastDigestDue(at("2026-12-02T07:59")));
    assertEquals(Optional.empty(), ChatSettings.DEFAULT.lastDigestDue(at("2026-12-02T07:59")));
  }
}
