package dev.newsbot.source.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates publishers write: ISO-8601 in metadata (with or without an offset, with a space
 * for the {@code T}) and month-name datelines such as {@code September 20, 2021, 07:19 PM} or
 * {@code Tue, 3 Jun 2008 11:05:30 GMT}. The result keeps the publisher's calendar date and
 * wall-clock time: a written offset is kept as written; a date without one is read in the zone
 * given by the caller, since that is the publisher's local time, and a bare date is the start of
 * that day there.
 */
final class DateParser {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern DOTTED =
      Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T\\d{0,6})?");

  /** Chinese and Japanese: {@code 2025年3月14日 下午2:05}; 下午/晚上 are afternoon and evening. */
  private static final Pattern CJK =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]"
              + "(?:\\s*(?:星期.|周.|週.|\\(.\\)|（.）)?\\s*(上午|早上|凌晨|中午|下午|晚上)?\\s*"
              + "(\\d{1,2})[:：](\\d{2}))?");

  /**
   * Month names in English, German (a few of our sources are German) and Malay; prefixes of 3+
   * letters match.
   */
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("mär", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("mai", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("okt", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12),
          Map.entry("dez", 12),
          Map.entry("mac", 3), // Malay: Mac, Mei, Julai, Ogos, Disember
          Map.entry("mei", 5),
          Map.entry("ogo", 8),
          Map.entry("dis", 12));

  private static final Map<String, ZoneOffset> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("z", ZoneOffset.UTC),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("cst", ZoneOffset.ofHours(-6)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("sgt", ZoneOffset.ofHours(8)),
          Map.entry("jst", ZoneOffset.ofHours(9)),
          Map.entry("aest", ZoneOffset.ofHours(10)),
          Map.entry("aedt", ZoneOffset.ofHours(11)));

  private static final int MIN_YEAR = 1970;
  private static final int MAX_YEAR = 2100;

  private DateParser() {}

  /**
   * Parses a machine-readable date (metadata, {@code <time datetime>}), falling back to month
   * names.
   */
  static Optional<OffsetDateTime> parse(String raw, ZoneId zone) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 200) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(s);
    if (iso.find()) {
      return isoDateTime(iso, zone);
    }
    Matcher slashed = SLASHED.matcher(s);
    if (slashed.find()) {
      return atStartOfDay(slashed.group(1), slashed.group(2), slashed.group(3), zone);
    }
    Matcher compact = COMPACT.matcher(s);
    if (compact.matches()) {
      return atStartOfDay(compact.group(1), compact.group(2), compact.group(3), zone);
    }
    Optional<OffsetDateTime> written = parseWritten(s, zone);
    if (written.isPresent()) {
      return written;
    }
    Matcher dotted = DOTTED.matcher(s);
    if (dotted.find()) {
      return atStartOfDay(dotted.group(3), dotted.group(2), dotted.group(1), zone);
    }
    return Optional.empty();
  }

  /**
   * Parses a human-written date that names its month: {@code September 20, 2021, 07:19 PM}, {@code
   * 20 Sep 2021}, {@code Tue, 3 Jun 2008 11:05:30 GMT}, {@code 12. November 2015}. Needs a day, a
   * month name and a four-digit year.
   */
  static Optional<OffsetDateTime> parseWritten(String s, ZoneId zone) {
    Matcher cjk = CJK.matcher(s);
    if (cjk.find()) {
      return cjkDate(cjk, zone);
    }
    WrittenDate date = new WrittenDate();
    for (String token : tokens(s)) {
      date.accept(token);
    }
    return date.toDateTime(zone);
  }

  /** Splits into runs of letters, of digits (with their colons, for times) and single signs. */
  private static java.util.List<String> tokens(String s) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (Character.isLetter(c)) {
        while (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
      } else if (Character.isDigit(c)) {
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ':')) {
          i++;
        }
      } else {
        i++;
        if (c != '+' && c != '-') {
          continue;
        }
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  /** Accumulates the parts of a written date token by token; the first value of each part wins. */
  private static final class WrittenDate {
    private int year;
    private int month;
    private int day;
    private int hour = -1;
    private int minute;
    private int second;
    private ZoneOffset offset;
    private String sign;

    void accept(String token) {
      char first = token.charAt(0);
      if (token.equals("+") || token.equals("-")) {
        sign = token;
        return;
      }
      if (Character.isDigit(first)) {
        number(token);
      } else {
        word(token.toLowerCase(Locale.ROOT));
      }
      sign = null;
    }

    private void number(String token) {
      if (token.indexOf(':') > 0) {
        time(token);
      } else if (sign != null && hour >= 0 && token.length() == 4 && offset == null) {
        int hhmm = Integer.parseInt(token);
        int seconds = (hhmm / 100) * 3600 + (hhmm % 100) * 60;
        offset = ZoneOffset.ofTotalSeconds(sign.equals("-") ? -seconds : seconds);
      } else if (token.length() == 4 && year == 0) {
        year = Integer.parseInt(token);
      } else if (token.length() <= 2 && day == 0) {
        day = Integer.parseInt(token);
      }
    }

    private void time(String token) {
      if (hour >= 0) {
        return;
      }
      String[] parts = token.split(":");
      if (parts.length < 2
          || parts[0].isEmpty()
          || parts[0].length() > 2
          || parts[1].length() != 2) {
        return;
      }
      hour = Integer.parseInt(parts[0]);
      minute = Integer.parseInt(parts[1]);
      second = parts.length > 2 && parts[2].length() == 2 ? Integer.parseInt(parts[2]) : 0;
    }

    private void word(String word) {
      String bare = word.replace(".", "");
      if ((bare.equals("pm") || bare.equals("am")) && hour >= 0 && hour <= 12) {
        if (bare.equals("pm") && hour < 12) {
          hour += 12;
        } else if (bare.equals("am") && hour == 12) {
          hour = 0;
        }
        return;
      }
      if (month == 0 && bare.length() >= 3) {
        Integer m = MONTHS.get(bare.substring(0, 3));
        if (m != null && isMonthName(bare)) {
          month = m;
          return;
        }
      }
      if (offset == null && hour >= 0) {
        ZoneOffset named = ZONE_NAMES.get(bare);
        if (named != null) {
          offset = named;
        }
      }
    }

    /** "Mar" and "March" are months; "market" and "mayor" are not. */
    private static boolean isMonthName(String word) {
      if (word.length() <= 4) {
        return !word.equals("mart") && !word.equals("mayo");
      }
      return FULL_MONTHS.contains(word);
    }

    Optional<OffsetDateTime> toDateTime(ZoneId zone) {
      if (year < MIN_YEAR || year > MAX_YEAR || month == 0 || day == 0) {
        return Optional.empty();
      }
      try {
        LocalDate date = LocalDate.of(year, month, day);
        LocalTime time = hour >= 0 ? LocalTime.of(hour, minute, second) : LocalTime.MIDNIGHT;
        LocalDateTime local = LocalDateTime.of(date, time);
        return Optional.of(
            offset != null ? local.atOffset(offset) : local.atZone(zone).toOffsetDateTime());
      } catch (DateTimeException e) {
        return Optional.empty(); // "February 30" and the like: not a date
      }
    }
  }

  private static final java.util.Set<String> FULL_MONTHS =
      java.util.Set.of(
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "sept",
          "october",
          "november",
          "december",
          "januar",
          "februar",
          "märz",
          "juni",
          "juli",
          "oktober",
          "dezember",
          "januari",
          "februari",
          "julai",
          "disember");

  private static Optional<OffsetDateTime> cjkDate(Matcher m, ZoneId zone) {
    if (m.group(5) == null) {
      return atStartOfDay(m.group(1), m.group(2), m.group(3), zone);
    }
    int hour = num(m.group(5));
    String half = m.group(4);
    if (half != null && hour < 12 && (half.equals("下午") || half.equals("晚上"))) {
      hour += 12;
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              num(m.group(1)), num(m.group(2)), num(m.group(3)), hour, num(m.group(6)));
      if (local.getYear() < MIN_YEAR || local.getYear() > MAX_YEAR) {
        return Optional.empty();
      }
      return Optional.of(local.atZone(zone).toOffsetDateTime());
    } catch (DateTimeException e) {
      return Optional.empty(); // not a calendar date or time
    }
  }

  private static Optional<OffsetDateTime> isoDateTime(Matcher m, ZoneId zone) {
    try {
      LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        return Optional.empty();
      }
      if (m.group(4) == null) {
        return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
      }
      LocalTime time =
          LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)));
      LocalDateTime local = LocalDateTime.of(date, time);
      String zoneText = m.group(7);
      if (zoneText == null) {
        return Optional.of(local.atZone(zone).toOffsetDateTime());
      }
      return Optional.of(local.atOffset(offset(zoneText)));
    } catch (DateTimeException e) {
      return Optional.empty(); // month 13, hour 25, offset +25:00: not a date we can trust
    }
  }

  private static ZoneOffset offset(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = upper.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int total = hours * 3600 + minutes * 60;
    return ZoneOffset.ofTotalSeconds(digits.charAt(0) == '-' ? -total : total);
  }

  private static Optional<OffsetDateTime> atStartOfDay(
      String year, String month, String day, ZoneId zone) {
    try {
      LocalDate date = LocalDate.of(num(year), num(month), num(day));
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        return Optional.empty();
      }
      return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
    } catch (DateTimeException e) {
      return Optional.empty(); // not a calendar date
    }
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }
}
