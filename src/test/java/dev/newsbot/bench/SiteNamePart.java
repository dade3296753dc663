package dev.newsbot.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes a site-name part from a title, for comparing titles whose truth keeps the site name. The
 * part is what follows the last separator, or else what precedes the first; a separator is one of
 * {@code - | – — :: · »} with a space either side. It is removed when it names the site: its
 * letters and digits, lower-cased and without a leading "the", equal those of one of the names (for
 * a host name: the host without "www.", or its first label, as in "nytimes" of "www.nytimes.com").
 * At most one part goes, the trailing one first.
 */
final class SiteNamePart {
  private static final Pattern SEPARATOR = Pattern.compile(" (?:-|\\||–|—|::|·|») ");

  private SiteNamePart() {}

  static String strip(String title, List<String> names) {
    Matcher m = SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title.strip();
    }
    if (namesTheSite(title.substring(lastEnd), names)) {
      return title.substring(0, lastStart).strip();
    }
    if (namesTheSite(title.substring(0, firstStart), names)) {
      return title.substring(firstEnd).strip();
    }
    return title.strip();
  }

  /** The host of an address without "www.", or "" when there is none. */
  static String host(String address) {
    try {
      String host = new URI(address.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (URISyntaxException e) {
      return ""; // a broken og:url gives no host name to compare with
    }
  }

  private static boolean namesTheSite(String part, List<String> names) {
    String p = key(part);
    if (p.isEmpty()) {
      return false;
    }
    for (String name : names) {
      String n = name.strip().toLowerCase(Locale.ROOT);
      if (n.startsWith("www.")) {
        n = n.substring(4);
      }
      if (p.equals(key(n)) || (isHost(n) && isLabelOf(p, n))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHost(String name) {
    return name.matches("[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
  }

  private static boolean isLabelOf(String part, String host) {
    String[] labels = host.split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      if (labels[i].length() >= 3 && part.equals(key(labels[i]))) {
        return true;
      }
    }
    return false;
  }

  private static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return k.startsWith("the") && k.length() > 3 ? k.substring(3) : k;
  }
}
