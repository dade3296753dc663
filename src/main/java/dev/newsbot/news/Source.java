package dev.newsbot.news;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One news source: configured by the operator, or added by a chat with {@code /add}.
 *
 * @param id stable key used in the database; never rename it once articles are stored
 * @param name what users see next to each article
 * @param kind whether {@code url} is a feed or a listing page
 * @param url the feed (RSS, Atom, RDF, or a home page that links to one) or the listing page
 * @param zone the time zone of dates the site prints without an offset
 * @param include article URLs must match one of these, when any are given
 * @param exclude article URLs matching any of these are skipped
 * @param links a CSS selector for article links on a listing page, or null to find them unaided
 * @param remove CSS selectors of elements to drop from this site's article pages
 * @param photos whether pushes carry the article's lead image
 * @param followedByDefault whether {@code /start} follows it
 * @param origin who added it, and so how far its fetches are trusted
 */
public record Source(
    SourceId id,
    String name,
    Kind kind,
    URI url,
    ZoneId zone,
    List<Pattern> include,
    List<Pattern> exclude,
    String links,
    List<String> remove,
    boolean photos,
    boolean followedByDefault,
    Origin origin) {
  /** What the configured URL is. */
  public enum Kind {
    FEED,
    PAGE
  }

  /** Who added a source. */
  public enum Origin {
    /** The operator, in the config file: trusted to reach any address. */
    CONFIGURED,
    /** A chat, with /add: fetched under the policy for users' links. */
    CHAT
  }

  public Source {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(origin, "origin == null");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    remove = List.copyOf(remove);
  }

  /** A source a chat added: no filters or rules, followed by its adder, pushed without photos. */
  public static Source chat(SourceId id, String name, Kind kind, URI url, ZoneId zone) {
    return new Source(
        id, name, kind, url, zone, List.of(), List.of(), null, List.of(), true, false, Origin.CHAT);
  }

  /** A configured feed source with no filters or rules. */
  public static Source feed(String id, String name, URI feed, ZoneId zone) {
    return new Source(
        new SourceId(id),
        name,
        Kind.FEED,
        feed,
        zone,
        List.of(),
        List.of(),
        null,
        List.of(),
        true,
        true,
        Origin.CONFIGURED);
  }

  /** Whether an article URL passes this source's include and exclude patterns. */
  public boolean accepts(URI article) {
    String s = article.toString();
    if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(s).find())) {
      return false;
    }
    return exclude.stream().noneMatch(p -> p.matcher(s).find());
  }
}
