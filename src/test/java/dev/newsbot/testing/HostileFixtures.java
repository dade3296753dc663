package dev.newsbot.testing;

import dev.newsbot.news.Source;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Hostile feeds and pages on a {@link FakeSite}, each the address of a source of its own: an XXE
 * feed, a billion-laughs feed, 50 MB bodies, a gzip bomb, 100,000-deep documents, 10 MB of sibling
 * blocks, a redirect loop and bogus charsets. Big bodies are generated while they are sent; the
 * text is invented.
 */
public final class HostileFixtures {
  /** A hostile source: an id, what it is, and its address. */
  public record Fixture(String id, String description, Source.Kind kind, URI url) {
    /** The source as the bot would be configured with it. */
    public Source source(ZoneId zone) {
      return new Source(
          new dev.newsbot.news.SourceId(id),
          description,
          kind,
          url,
          zone,
          List.of(),
          List.of(),
          null,
          List.of(),
          false,
          true,
          Source.Origin.CONFIGURED);
    }

    /** The source as an entry of newsbot.yml's {@code sources}. */
    public String yaml() {
      return "  - id: "
          + id
          + "\n    name: "
          + id
          + "\n    "
          + (kind == Source.Kind.FEED ? "feed" : "page")
          + ": "
          + url
          + "\n";
    }
  }

  public static final int DEPTH = 100_000;
  public static final long FIFTY_MB = 50L << 20;
  public static final long TEN_MB = 10L << 20;
  public static final long ONE_GB = 1L << 30;

  /**
   * The story the deep, huge and bogus-charset pages carry, to show it is still found; each page
   * opens it with a sentence of its own (see {@link #story}) so that none is a duplicate of
   * another.
   */
  public static final List<String> STORY =
      List.of(
          "The harbour authority opened a second ferry terminal on Monday, doubling the number of daily crossings to the outer islands.",
          "Officials said the terminal had been finished three months ahead of schedule and slightly under its budget of forty million dollars.",
          "Residents of the islands, who had complained for years about crowded morning boats, welcomed the change but asked for later evening sailings.",
          "The authority said it would review the timetable again in the spring once it had counted passengers for a full season.");

  private final FakeSite site;

  /** {@link #STORY} opened by a sentence naming {@code edition}. */
  public static List<String> story(String edition) {
    List<String> paragraphs = new ArrayList<>(STORY);
    paragraphs.set(0, "This is the " + edition + " edition. " + STORY.get(0));
    return List.copyOf(paragraphs);
  }

  public HostileFixtures(FakeSite site) {
    this.site = site;
  }

  /** Every fixture; the XXE feed tries to read {@code secret}. */
  public List<Fixture> all(Path secret) {
    return List.of(
        xxeFeed(secret),
        billionLaughsFeed(),
        hugeFeed(),
        hugePage(),
        gzipBomb(),
        deepPage(),
        deepFeed(),
        siblingBlocksPage(),
        redirectLoop(),
        bogusCharsets());
  }

  /** An RSS feed whose DTD declares external entities that name a local file. */
  public Fixture xxeFeed(Path secret) {
    String file = secret.toUri().toString();
    site.put(
        "/xxe/feed.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY % remote SYSTEM \""
            + file
            + "\">\n  %remote;\n  <!ENTITY xxe SYSTEM \""
            + file
            + "\">\n]>\n"
            + rss(item("Leaked: &xxe;", site.url("/xxe/story/"), "&xxe;")));
    return new Fixture(
        "xxe", "XXE feed reading a local file", Source.Kind.FEED, site.url("/xxe/feed.xml"));
  }

  /** An RSS feed whose entities expand to 10^9 copies of "lol" (3 GB). */
  public Fixture billionLaughsFeed() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n  <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("  <!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    site.put(
        "/lol/feed.xml",
        "application/rss+xml",
        "<?xml version=\"1.0\"?>\n"
            + dtd
            + "]>\n"
            + rss(item("&lol9;", site.url("/lol/story/"), "&lol9;")));
    return new Fixture("lol", "billion-laughs feed", Source.Kind.FEED, site.url("/lol/feed.xml"));
  }

  /** A 50 MB RSS feed of the same item over and over. */
  public Fixture hugeFeed() {
    site.stream(
        "/huge/feed.xml",
        "application/rss+xml; charset=UTF-8",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Huge</title>\n",
        item("The same story again", site.url("/huge/story/"), String.join(" ", story("feed")))
            + "\n",
        FIFTY_MB);
    return new Fixture("huge-feed", "50 MB feed", Source.Kind.FEED, site.url("/huge/feed.xml"));
  }

  /** A 50 MB listing page: a link to a real story, then paragraphs without end. */
  public Fixture hugePage() {
    site.put(
        "/huge/2026/11/ferry-terminal-opens/",
        "text/html; charset=UTF-8",
        ArticlePage.article(
            "Second ferry terminal opens",
            "Jane Tan",
            "2026-11-23T09:00:00+08:00",
            story("listing")));
    site.stream(
        "/huge/",
        "text/html; charset=UTF-8",
        ArticlePage.listing(
            List.of("/huge/2026/11/ferry-terminal-opens/"),
            List.of("Second ferry terminal opens on Monday")),
        "<p>" + String.join(" ", STORY) + "</p>\n",
        FIFTY_MB);
    return new Fixture("huge-page", "50 MB listing page", Source.Kind.PAGE, site.url("/huge/"));
  }

  /** A listing page of 1 GB of zeros, gzip-compressed to about 1 MB. */
  public Fixture gzipBomb() {
    site.gzipBomb("/bomb/", "text/html", ONE_GB);
    return new Fixture(
        "gzip-bomb", "gzip bomb, 1 GB of zeros", Source.Kind.PAGE, site.url("/bomb/"));
  }

  /** A teaser feed whose story page nests 100,000 elements deep, the story at the bottom. */
  public Fixture deepPage() {
    StringBuilder page =
        new StringBuilder("<!DOCTYPE html><html><head><title>Deep page</title></head><body>\n");
    page.append("<span>".repeat(DEPTH)).append("<h1>Second ferry terminal opens</h1>");
    story("deep").forEach(p -> page.append("<p>").append(p).append("</p>"));
    page.append("</span>".repeat(DEPTH)).append("\n</body></html>");
    site.put("/deep/story/", "text/html; charset=UTF-8", page.toString());
    return teaser("deep-page", "100,000-deep page", "/deep/");
  }

  /** An Atom feed whose XHTML content nests 100,000 elements deep. */
  public Fixture deepFeed() {
    site.put(
        "/deep/atom.xml",
        "application/atom+xml",
        "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title>"
            + "<entry><title>Deep story</title><link href=\""
            + site.url("/deep/atom-story/")
            + "\"/><id>urn:deep:1</id><updated>2026-11-23T01:00:00Z</updated>"
            + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<div>".repeat(DEPTH)
            + String.join(" ", story("Atom"))
            + "</div>".repeat(DEPTH)
            + "</div></content></entry></feed>");
    return new Fixture(
        "deep-feed", "100,000-deep feed", Source.Kind.FEED, site.url("/deep/atom.xml"));
  }

  /**
   * A teaser feed whose story page is 10 MB: the story, then share bars side by side without end,
   * each of which extraction removes.
   */
  public Fixture siblingBlocksPage() {
    site.stream(
        "/siblings/story/",
        "text/html; charset=UTF-8",
        ArticlePage.article(
                "Second ferry terminal opens",
                "Jane Tan",
                "2026-11-23T09:00:00+08:00",
                story("share bar"))
            .replaceFirst("</article>[\\s\\S]*", "</article>\n"),
        "<div class=\"share-bar\"><a href=\"/share/\">Share</a> this story</div>\n",
        TEN_MB);
    return teaser("siblings", "10 MB page of sibling blocks", "/siblings/");
  }

  /** A feed address that redirects to another that redirects back. */
  public Fixture redirectLoop() {
    site.redirect("/loop/a.xml", "/loop/b.xml");
    site.redirect("/loop/b.xml", "/loop/a.xml");
    return new Fixture("loop", "redirect loop", Source.Kind.FEED, site.url("/loop/a.xml"));
  }

  /**
   * A teaser feed and its story page in UTF-8 whose Content-Type headers, XML declaration and meta
   * tag name charsets that do not exist.
   */
  public Fixture bogusCharsets() {
    site.put(
        "/charset/feed.xml",
        "application/rss+xml; charset=no-such-charset",
        "<?xml version=\"1.0\" encoding=\"no-such-charset\"?>\n"
            + rss(item("Caf\u00e9 terminal opens", site.url("/charset/story/"), "A teaser.")));
    site.put(
        "/charset/story/",
        "text/html; charset=\"x-bogus\"",
        ArticlePage.article(
                "Caf\u00e9 terminal opens",
                "Jane Tan",
                "2026-11-23T09:00:00+08:00",
                story("caf\u00e9"))
            .replace("<meta charset=\"utf-8\">", "<meta charset=\"x-also-bogus\">"));
    return new Fixture(
        "charset", "bogus charsets", Source.Kind.FEED, site.url("/charset/feed.xml"));
  }

  /** A feed at {@code dir}feed.xml with one teaser item for the page at {@code dir}story/. */
  private Fixture teaser(String id, String description, String dir) {
    site.put(
        dir + "feed.xml",
        "application/rss+xml; charset=UTF-8",
        "<?xml version=\"1.0\"?>\n"
            + rss(item("Second ferry terminal opens", site.url(dir + "story/"), "A teaser.")));
    return new Fixture(id, description, Source.Kind.FEED, site.url(dir + "feed.xml"));
  }

  private static String rss(String items) {
    return "<rss version=\"2.0\"><channel><title>Hostile</title>" + items + "</channel></rss>";
  }

  private static String item(String title, URI link, String description) {
    return "<item><title>"
        + title
        + "</title><link>"
        + link
        + "</link><description>"
        + description
        + "</description></item>";
  }
}
