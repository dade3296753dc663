package dev.newsbot.subscription;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one chat wants its news.
 *
 * @param digestTimes empty for instant pushes; else the local times (one or two) of the daily
 *     digest
 * @param quiet the hours during which instant pushes wait, if any
 * @param zone the chat's time zone; empty for the bot's
 * @param summaries whether pushes carry the summary (false: headlines only)
 * @param language the chat's language ("en", "zh"); empty to follow Telegram's language_code
 */
public record ChatSettings(
    List<LocalTime> digestTimes,
    Optional<QuietHours> quiet,
    Optional<ZoneId> zone,
    boolean summaries,
    Optional<String> language) {
  /** What a chat gets until it says otherwise. */
  public static final ChatSettings DEFAULT =
      new ChatSettings(List.of(), Optional.empty(), Optional.empty(), true, Optional.empty());

  public ChatSettings {
    digestTimes = List.copyOf(digestTimes).stream().sorted().distinct().toList();
    if (digestTimes.size() > 2) {
      throw new IllegalArgumentException("at most two digests a day: " + digestTimes);
    }
    Objects.requireNonNull(quiet, "quiet == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(language, "language == null");
  }

  /** From {@code from} to {@code to} local time; over midnight when {@code to} is earlier. */
  public record QuietHours(LocalTime from, LocalTime to) {
    public QuietHours {
      Objects.requireNonNull(from, "from == null");
      Objects.requireNonNull(to, "to == null");
      if (from.equals(to)) {
        throw new IllegalArgumentException("quiet hours must not start and end at " + from);
      }
    }

    /** Whether {@code t} lies within the quiet hours. */
    public boolean contains(LocalTime t) {
      return from.isBefore(to)
          ? !t.isBefore(from) && t.isBefore(to)
          : !t.isBefore(from) || t.isBefore(to);
    }

    /** When the quiet hours that {@code now} lies in end. */
    public ZonedDateTime end(ZonedDateTime now) {
      ZonedDateTime end = now.with(to).withSecond(0).withNano(0);
      return end.isAfter(now) ? end : end.plusDays(1);
    }
  }

  public boolean digest() {
    return !digestTimes.isEmpty();
  }

  /** The most recent time a digest was due, at or before {@code now}, in {@code zone}. */
  public Optional<ZonedDateTime> lastDigestDue(ZonedDateTime now) {
    ZonedDateTime best = null;
    for (int days = 0; days <= 1 && best == null; days++) {
      LocalDate day = now.toLocalDate().minusDays(days);
      for (LocalTime t : digestTimes) {
        ZonedDateTime due = day.atTime(t).atZone(now.getZone());
        if (!due.isAfter(now) && (best == null || due.isAfter(best))) {
          best = due;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  public ChatSettings withDigestTimes(List<LocalTime> times) {
    return new ChatSettings(times, quiet, zone, summaries, language);
  }

  public ChatSettings withQuiet(Optional<QuietHours> hours) {
    return new ChatSettings(digestTimes, hours, zone, summaries, language);
  }

  public ChatSettings withZone(Optional<ZoneId> z) {
    return new ChatSettings(digestTimes, quiet, z, summaries, language);
  }

  public ChatSettings withSummaries(boolean on) {
    return new ChatSettings(digestTimes, quiet, zone, on, language);
  }

  public ChatSettings withLanguage(Optional<String> lang) {
    return new ChatSettings(digestTimes, quiet, zone, summaries, lang);
  }
}
