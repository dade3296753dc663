package dev.newsbot.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one value of the YAML tree, or records a problem that names the key, says what is allowed
 * and quotes what was given; the caller's fallback stands in so that reading goes on.
 */
final class ConfigValues {
  /** A number or boolean written in quotes: YAML reads it as text. */
  private static final Pattern QUOTED_SCALAR =
      Pattern.compile("[-+]?\\d+(\\.\\d*)?|true|false", Pattern.CASE_INSENSITIVE);

  private ConfigValues() {}

  /**
   * What a number key allows, as its message says it: "a whole number of seconds, from 5 to 3600".
   *
   * @param unit what the number counts, plural
   * @param whole whether only whole numbers are allowed
   */
  record Range(String unit, long min, long max, boolean whole) {
    Range {
      if (min > max) {
        throw new IllegalArgumentException("min > max: " + min + " > " + max);
      }
    }

    static Range whole(String unit, long min, long max) {
      return new Range(unit, min, max, true);
    }

    static Range decimal(String unit, long min, long max) {
      return new Range(unit, min, max, false);
    }

    String allowed() {
      return (whole ? "a whole number of " : "a number of ")
          + unit
          + (max == Long.MAX_VALUE ? ", at least " + min : ", from " + min + " to " + max);
    }

    boolean contains(JsonNode value) {
      double d = value.asDouble();
      return value.isNumber()
          && (!whole || value.isIntegralNumber() && value.canConvertToLong())
          && d >= min
          && d <= max; // false for NaN
    }
  }

  /**
   * The whole number at {@code key}, within {@code range} (which must lie within int's); {@code
   * fallback} when it is absent.
   */
  static int whole(
      JsonNode node, String key, Range range, int fallback, String label, List<String> problems) {
    return Math.toIntExact(Math.round(number(node, key, range, fallback, label, problems)));
  }

  /** The number at {@code key}, within {@code range}; {@code fallback} when it is absent. */
  static double number(
      JsonNode node,
      String key,
      Range range,
      double fallback,
      String label,
      List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!range.contains(value)) {
      problems.add(label + ": " + key + " must be " + range.allowed() + ", got " + given(value));
      return fallback;
    }
    return range.whole() ? value.asLong() : value.asDouble();
  }

  static boolean bool(
      JsonNode node, String key, boolean fallback, String label, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problems.add(label + ": '" + key + "' must be true or false, got " + given(value));
      return fallback;
    }
    return value.asBoolean();
  }

  /**
   * The strings at {@code key}: a list of them, or one alone.
   *
   * @param what what the list holds, for the message: "regular expressions"
   */
  static List<String> strings(
      JsonNode node, String key, String what, String label, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    List<String> out = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(v -> out.add(v.isValueNode() ? v.asText() : null));
    }
    if (!value.isArray() || out.contains(null)) {
      problems.add(
          label
              + ": '"
              + key
              + "' must be a list of "
              + what
              + ", got "
              + (value.isArray() ? "a list holding a list or mapping" : given(value)));
      return List.of();
    }
    return out;
  }

  /** The time zone at {@code time_zone}; {@code fallback} when it is absent. */
  static ZoneId zone(JsonNode node, ZoneId fallback, String label, List<String> problems) {
    JsonNode value = node.get("time_zone");
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      return ZoneId.of(value.asText());
    } catch (DateTimeException e) {
      problems.add(
          label
              + ": time_zone '"
              + value.asText()
              + "' is not a time zone such as Asia/Singapore or UTC");
      return fallback;
    }
  }

  /** Records each key of {@code node} that is not {@code known}, with the nearest known one. */
  static void checkKeys(JsonNode node, Set<String> known, String label, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String near = nearest(key, known);
        problems.add(
            label
                + ": unknown key '"
                + key
                + "'"
                + (near == null ? "" : " (did you mean " + near + "?)")
                + " (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** The known key at most two edits from {@code key}, if one is. */
  static String nearest(String key, Set<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known.stream().sorted().toList()) {
      int d = distance(key.toLowerCase(Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * What the file gave, for a message: {@code '5'}, {@code a list}, {@code a mapping}; a number in
   * quotes says so, since it looks right and is text to YAML.
   */
  static String given(JsonNode value) {
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    String quoted = "'" + value.asText() + "'";
    if (value.isTextual() && QUOTED_SCALAR.matcher(value.asText().strip()).matches()) {
      return quoted + " in quotes, which makes it text; write it without them";
    }
    return quoted;
  }
}
