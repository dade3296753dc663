package dev.newsbot.source.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline: the page's declared title (JSON-LD, og:title, other meta), else the {@code <title>},
 * else the first {@code h1}; then strips a site-name suffix or prefix such as " | The Daily Planet".
 */
final class TitleChooser {
  /** Separators sites put between headline and site name. Hyphens need spaces around them. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—»·:/\\\\]{1,2}\\s+|\\s+::\\s+");
  /** Separators that never occur inside a headline, so the part after the last is dropped unseen. */
  private static final Pattern STRONG = Pattern.compile("\\s+(?:\\||::|»|·)\\s+");

  private TitleChooser() {}

  static String choose(PageMetadata meta, List<String> headings, URI url) {
    String site = meta.siteName();
    String host = url == null || url.getHost() == null ? "" : url.getHost();
    String title = "";
    for (String candidate : meta.titles()) {
      if (!namesOnlyTheSite(candidate, site, host)) {
        title = candidate; // a page whose og:title is just "Home" or the site name has it wrong
        break;
      }
    }
    if (title.isEmpty()) {
      title = fromDocumentTitle(meta.documentTitle(), headings);
    }
    if ((title.isEmpty() || namesOnlyTheSite(title, site, host)) && !headings.isEmpty()) {
      title = headings.get(0);
    }
    return stripSite(title, site, host);
  }

  /**
   * Reads the headline out of a {@code <title>} such as "Headline | Site": when an {@code h1} repeats one of
   * its parts, the h1 shows which part is the headline (a site-name h1 marks the other part); a part after a
   * separator that never occurs in headlines is dropped when what remains is long enough to be one.
   */
  private static String fromDocumentTitle(String documentTitle, List<String> headings) {
    List<String> parts = List.of(SEPARATOR.split(documentTitle));
    if (parts.size() >= 2) {
      String first = BlockFilter.comparable(parts.get(0));
      String last = BlockFilter.comparable(parts.get(parts.size() - 1));
      for (String heading : headings) {
        String h = BlockFilter.comparable(heading);
        if (h.equals(first)) {
          return parts.get(0).strip();
        }
        if (h.equals(last)) {
          return documentTitle.substring(0, documentTitle.lastIndexOf(parts.get(parts.size() - 1))).strip()
              .replaceAll("\\s*[|\\-–—»·:/\\\\]+$", "").strip();
        }
      }
    }
    Matcher strong = STRONG.matcher(documentTitle);
    int lastStart = -1;
    while (strong.find()) {
      lastStart = strong.start();
    }
    if (lastStart > 0) {
      String head = documentTitle.substring(0, lastStart).strip();
      if (head.split("\\s+").length >= 3) {
        return head;
      }
    }
    return documentTitle;
  }

  static String stripSite(String title, String site, String host) {
    List<String> parts = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    int last = 0;
    while (m.find()) {
      parts.add(title.substring(last, m.start()));
      separators.add(m.group());
      last = m.end();
    }
    parts.add(title.substring(last));
    if (parts.size() < 2) {
      return title.strip();
    }
    if (isSite(parts.get(parts.size() - 1), site, host)) {
      return join(parts.subList(0, parts.size() - 1), separators);
    }
    if (isSite(parts.get(0), site, host)) {
      return join(parts.subList(1, parts.size()), separators.subList(1, separators.size()));
    }
    return title.strip();
  }

  private static String join(List<String> parts, List<String> separators) {
    StringBuilder out = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out.append(separators.get(i - 1)).append(parts.get(i));
    }
    return out.toString().strip();
  }

  private static boolean namesOnlyTheSite(String title, String site, String host) {
    String t = letters(title);
    return t.equals("home") || t.equals("homepage") || (!letters(site).isEmpty() && t.equals(letters(site)))
        || (!letters(hostLabel(host)).isEmpty() && t.equals(letters(hostLabel(host))));
  }

  /** Whether a title part names the site: its name, or its host name without "www." and the TLD. */
  private static boolean isSite(String part, String site, String host) {
    String p = letters(part);
    if (p.isEmpty()) {
      return false;
    }
    String s = letters(site);
    if (!s.isEmpty() && (p.equals(s) || (p.length() >= 4 && s.contains(p)) || (s.length() >= 4 && p.contains(s)
        && part.length() < 40))) {
      return true;
    }
    String h = letters(hostLabel(host));
    return h.length() >= 3 && (p.equals(h) || p.startsWith(h) && part.length() < 30);
  }

  private static String hostLabel(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    int dot = h.indexOf('.');
    return dot > 0 ? h.substring(0, dot) : h;
  }

  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
