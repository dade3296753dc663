package dev.newsbot.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Title, author and date agreement with the truth files, as the evaluation README defines them.
 * Pages without a truth value for a field are not counted for that field.
 */
final class MetadataScore {
  private int titles;
  private int titlesExact;
  private int titlesExactButSite;
  private double titleTokenF1;
  private int authors;
  private int authorsRight;
  private int dates;
  private int datesGiven;
  private int datesRight;
  private int datesRightLenient;

  /** Returns whether the title matched exactly (true when there was no truth title). */
  boolean title(String expected, String predicted) {
    if (expected == null || expected.isBlank()) {
      return true;
    }
    titles++;
    String e = normaliseTitle(expected);
    String p = normaliseTitle(predicted == null ? "" : predicted);
    titleTokenF1 += tokenF1(e, p);
    if (e.equals(p)) {
      titlesExact++;
      return true;
    }
    if (!p.isEmpty() && withoutSitePart(e, p)) {
      titlesExactButSite++;
    }
    return false;
  }

  /**
   * Whether the truth is the prediction plus a site-name part ("Headline | Site", "Site »
   * Headline"): the extractor strips those on purpose, while Readability's truth sometimes keeps
   * them.
   */
  private static boolean withoutSitePart(String truth, String predicted) {
    if (truth.startsWith(predicted)) {
      return SITE_SEPARATOR.matcher(truth.substring(predicted.length())).lookingAt();
    }
    if (truth.endsWith(predicted)) {
      String head = truth.substring(0, truth.length() - predicted.length());
      return SITE_SEPARATOR_END.matcher(head).find();
    }
    return false;
  }

  private static final java.util.regex.Pattern SITE_SEPARATOR =
      java.util.regex.Pattern.compile("\\s*(\\||-|–|—|·|::|»|_|\\[)\\s*\\S");
  private static final java.util.regex.Pattern SITE_SEPARATOR_END =
      java.util.regex.Pattern.compile("\\S\\s*(\\||-|–|—|·|::|»|_|:)\\s*$");

  boolean author(String expected, List<String> predicted) {
    if (expected == null || expected.isBlank()) {
      return true;
    }
    authors++;
    Set<String> truth = names(List.of(expected));
    Set<String> found = names(predicted);
    if (truth.equals(found)) {
      authorsRight++;
      return true;
    }
    return false;
  }

  /**
   * Counts a date as right when the publisher's calendar date (the local date of the predicted
   * time, in the offset the page gave) is the expected one, as the evaluation README asks ("exact
   * calendar date"). The old lenient count (the instant falls on the expected day in some offset
   * from UTC-12 to UTC+14), which was all an {@code Instant} allowed, is kept for comparison.
   */
  boolean date(LocalDate expected, OffsetDateTime predicted) {
    if (expected == null) {
      return true;
    }
    dates++;
    if (predicted == null) {
      return false;
    }
    datesGiven++;
    LocalDate earliest = predicted.withOffsetSameInstant(ZoneOffset.ofHours(-12)).toLocalDate();
    LocalDate latest = predicted.withOffsetSameInstant(ZoneOffset.ofHours(14)).toLocalDate();
    if (!expected.isBefore(earliest) && !expected.isAfter(latest)) {
      datesRightLenient++;
    }
    if (predicted.toLocalDate().equals(expected)) {
      datesRight++;
      return true;
    }
    return false;
  }

  static String normaliseTitle(String s) {
    return s.replace('\u2019', '\'')
        .replace('\u2018', '\'')
        .replace('\u201c', '"')
        .replace('\u201d', '"')
        .replaceAll("(?U)\\s+", " ")
        .strip();
  }

  private static double tokenF1(String expected, String predicted) {
    Map<String, Integer> truth = counts(Tokens.of(expected.toLowerCase(Locale.ROOT)));
    Map<String, Integer> found = counts(Tokens.of(predicted.toLowerCase(Locale.ROOT)));
    long tp = 0;
    long foundTotal = 0;
    long truthTotal = 0;
    for (Map.Entry<String, Integer> e : found.entrySet()) {
      tp += Math.min(e.getValue(), truth.getOrDefault(e.getKey(), 0));
      foundTotal += e.getValue();
    }
    for (int c : truth.values()) {
      truthTotal += c;
    }
    return PrecisionRecall.of(tp, foundTotal - tp, truthTotal - tp).f1();
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    tokens.forEach(t -> out.merge(t, 1, Integer::sum));
    return out;
  }

  private static Set<String> names(List<String> bylines) {
    Set<String> out = new LinkedHashSet<>();
    for (String byline : bylines) {
      for (String part : byline.split("\\s*(?:,|;|\\band\\b)\\s*")) {
        String name = part.toLowerCase(Locale.ROOT).replaceAll("(?U)\\s+", " ").strip();
        if (name.startsWith("by ")) {
          name = name.substring(3).strip();
        }
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  String titleLine() {
    return String.format(
        Locale.ROOT,
        "%d/%d = %.3f exact, token F1 %.3f; %.3f when a site-name part the truth keeps is forgiven",
        titlesExact,
        titles,
        ratio(titlesExact, titles),
        titles == 0 ? 0 : titleTokenF1 / titles,
        ratio(titlesExact + titlesExactButSite, titles));
  }

  String authorLine() {
    return String.format(
        Locale.ROOT, "%d/%d = %.3f", authorsRight, authors, ratio(authorsRight, authors));
  }

  String dateLine() {
    return String.format(
        Locale.ROOT,
        "coverage %d/%d = %.3f; exact calendar date when given %d/%d = %.3f (old lenient any-offset check: %.3f)",
        datesGiven,
        dates,
        ratio(datesGiven, dates),
        datesRight,
        datesGiven,
        ratio(datesRight, datesGiven),
        ratio(datesRightLenient, datesGiven));
  }

  double titleExact() {
    return ratio(titlesExact, titles);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
