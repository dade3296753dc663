package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines into names: "By Jane Doe and John Roe" gives two names, "Posted by jdoe | 3 min
 * read" one.
 */
final class Bylines {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\|)\\s*");
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?i)(?:(?:written|posted|reported|words|text|story|photos?)\\s+)?(?:by|von|par|por)[:\\s]+");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "admin",
          "staff",
          "editor",
          "editors",
          "unknown",
          "guest",
          "anonymous",
          "by",
          "and",
          "posted",
          "posted on",
          "written",
          "published",
          "published on");

  /** A separator left hanging at a name's end by a template: "Jane Doe -", "Jane Doe |". */
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[-–—|·:]+$");

  private static final int MAX_NAME = 60;

  private Bylines() {}

  static List<String> names(List<String> bylines) {
    Set<String> names = new LinkedHashSet<>();
    for (String byline : bylines) {
      String text = LEAD.matcher(Whitespace.collapse(byline)).replaceFirst("");
      for (String part : SEPARATORS.split(text)) {
        String name = clean(part);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static String clean(String part) {
    String name =
        TRAILING_SEPARATOR
            .matcher(LEAD.matcher(part.strip()).replaceFirst(""))
            .replaceFirst("")
            .strip();
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return "";
    }
    if (name.startsWith("http")
        || name.startsWith("@")
        || name.contains("@")
        || name.contains("www.")) {
      return "";
    }
    int digits = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        digits++;
      }
    }
    return digits > 0 ? "" : name;
  }
}
