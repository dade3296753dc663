package dev.newsbot.source.extract;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the publication date a page shows rather than declares: a {@code <time datetime>} or a
 * written dateline such as {@code September 20, 2021, 07:19 PM}, taking the one nearest after the
 * headline and ignoring related stories, sidebars, footers and comments, whose dates belong to
 * other articles.
 */
final class DatelineFinder {
  /** How far (in text nodes) a dateline may sit after the headline, and before it. */
  private static final int AFTER_TITLE = 60;

  private static final int BEFORE_TITLE = 20;
  private static final int MAX_DATELINE = 80;
  private static final Set<String> OTHER_STORIES = Set.of("aside", "nav", "footer");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?:/|$)");

  private DatelineFinder() {}

  /** The date nearest the headline element {@code title} (or the page's first, when null). */
  static Optional<OffsetDateTime> find(Element body, Element title, ZoneId zone) {
    Walk walk = new Walk(title, zone);
    NodeTraversor.filter(walk, body);
    return Optional.ofNullable(walk.best());
  }

  /**
   * A date in the address, as in {@code /2019/08/02/slug}, read as the start of that day in {@code
   * zone}.
   */
  static Optional<OffsetDateTime> fromUrl(URI url, ZoneId zone) {
    String path = url == null ? null : url.getPath();
    if (path == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "/2019/13/45/" is a path, not a date
    }
  }

  private static final class Walk implements NodeFilter {
    private final Element title;
    private final ZoneId zone;
    private int textIndex;
    private int titleIndex = -1;
    private OffsetDateTime afterTitle;
    private OffsetDateTime beforeTitle;
    private int beforeIndex;
    private OffsetDateTime first;
    private OffsetDateTime marked;
    private LocalDate timeDay;
    private OffsetDateTime firstTime;
    private boolean timesDisagree;

    Walk(Element title, ZoneId zone) {
      this.title = title;
      this.zone = zone;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node == title) {
        titleIndex = textIndex;
      }
      if (node instanceof Element el) {
        if (isOtherStories(el) && !holdsTitle(el)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (el.normalName().equals("time") || el.attr("itemprop").equals("datePublished")) {
          String value = el.hasAttr("datetime") ? el.attr("datetime") : el.attr("content");
          if (value.isEmpty() && el.normalName().equals("abbr")) {
            value = el.attr("title"); // the microformats habit: <abbr class="published"
            // title="2019-10-16T14:33">
          }
          if (value.isEmpty()) {
            value = el.text();
          }
          Optional<OffsetDateTime> date = DateParser.parse(value, zone);
          consider(date, value);
          timed(el, date);
          return FilterResult.SKIP_ENTIRELY;
        }
      } else if (node instanceof TextNode text) {
        textIndex++;
        String s = text.text().strip();
        if (s.length() >= 8 && s.length() <= MAX_DATELINE && mayBeDate(s)) {
          String line = lineAround(text, s);
          consider(DateParser.parseWritten(line, zone), line);
        }
      }
      return FilterResult.CONTINUE;
    }

    /**
     * Whether the element holds the headline: then its names ("right-sidebar" on {@code body},
     * "nav-header" on a page wrapper) describe the layout around the article, not other stories.
     */
    private boolean holdsTitle(Element el) {
      if (title == null) {
        return el.normalName().equals("body");
      }
      for (Element up = title; up != null; up = up.parent()) {
        if (up == el) {
          return true;
        }
      }
      return false;
    }

    /**
     * A dateline split over elements ("May 5, 2021, <b>7:19 PM</b>") is read whole from its parent.
     */
    private static String lineAround(TextNode text, String own) {
      Element parent = text.parent();
      if (parent != null && !keepsMoreThan(parent, MAX_DATELINE)) {
        String whole = parent.text();
        if (whole.length() <= MAX_DATELINE) {
          return whole;
        }
      }
      return own;
    }

    /**
     * Whether {@code el.text()} is surely longer than {@code max}: its text nodes hold more
     * characters that the text keeps wherever they stand (not whitespace, nor the invisible ones
     * jsoup drops, nor control characters, which its final trim drops at the ends). Counting stops
     * there, where building the text of a story's container would go through all of it.
     */
    private static boolean keepsMoreThan(Element el, int max) {
      int[] kept = {0};
      NodeTraversor.filter(
          (node, depth) -> {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              for (int i = 0; i < s.length() && kept[0] <= max; i++) {
                char c = s.charAt(i);
                if (c > ' '
                    && !Character.isWhitespace(c)
                    && c != '\u00a0'
                    && c != '\u200b'
                    && c != '\u00ad') {
                  kept[0]++;
                }
              }
            }
            return kept[0] > max ? NodeFilter.FilterResult.STOP : NodeFilter.FilterResult.CONTINUE;
          },
          el);
      return kept[0] > max;
    }

    private void consider(Optional<OffsetDateTime> date, String line) {
      if (date.isEmpty() || isUpdateLine(line)) {
        return;
      }
      if (first == null) {
        first = date.get();
      }
      if (titleIndex < 0) {
        beforeTitle = date.get();
        beforeIndex = textIndex;
      } else if (afterTitle == null && textIndex - titleIndex <= AFTER_TITLE) {
        afterTitle = date.get();
      }
    }

    /**
     * Remembers machine-readable dates: the first one marked as the publication date ({@code
     * pubdate}, {@code itemprop="datePublished"}, a "published" class), and whether all {@code
     * <time>} elements agree on one day.
     */
    private void timed(Element el, Optional<OffsetDateTime> date) {
      if (date.isEmpty()) {
        return;
      }
      if (marked == null
          && (el.hasAttr("pubdate")
              || el.attr("itemprop").equals("datePublished")
              || el.classNames().contains("published"))) {
        marked = date.get();
      }
      LocalDate day = date.get().toLocalDate(); // the publisher's day, as each <time> writes it
      if (timeDay == null) {
        timeDay = day;
        firstTime = date.get();
      } else if (!timeDay.equals(day)) {
        timesDisagree = true;
      }
    }

    /**
     * The date after the headline, else shortly before it; failing both (blogs that print the date
     * under the post), a date marked as the publication date, or the day every {@code <time>}
     * element gives.
     */
    OffsetDateTime best() {
      if (title == null || titleIndex < 0) {
        return first;
      }
      if (afterTitle != null) {
        return afterTitle;
      }
      if (beforeTitle != null && titleIndex >= 0 && titleIndex - beforeIndex <= BEFORE_TITLE) {
        return beforeTitle;
      }
      if (marked != null) {
        return marked;
      }
      return timesDisagree ? null : firstTime;
    }
  }

  private static boolean isUpdateLine(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("updated")
        || lower.contains("modified")
        || lower.contains("aktualisiert");
  }

  private static boolean isOtherStories(Element el) {
    return OTHER_STORIES.contains(el.normalName()) || ClassHints.isOtherStories(el);
  }

  /** Cheap test before parsing: a digit and at least three letters. */
  private static boolean mayBeDate(String s) {
    boolean digit = false;
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (Character.isLetter(c)) {
        letters++;
      }
    }
    return digit && letters >= 3;
  }
}
