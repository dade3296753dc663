package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.MothershipFeed;
import dev.newsbot.testing.Stories;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");
  private static final URI BASE = URI.create("https://news.example.sg/feed/");
  private final FeedReader reader = new FeedReader();

  private List<FeedItem> read(String xml, ZoneId zone) throws FeedException {
    return reader.read(xml.getBytes(StandardCharsets.UTF_8), null, BASE, zone);
  }

  @Test
  void readsAnRss091FeedThatCarriesItsDoctype() throws Exception {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
          "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old Town Gazette</title>
          <link>https://news.example.sg/</link><description>d</description><language>en</language>
          <item><title>Library opens late</title>
            <link>https://news.example.sg/library-late</link>
            <description>The branch now closes at ten.</description></item>
        </channel></rss>
        """;
    FeedReader.Feed feed =
        reader.readFeed(xml.getBytes(StandardCharsets.UTF_8), null, BASE, SINGAPORE);
    assertEquals("Old Town Gazette", feed.title());
    assertEquals("Library opens late", feed.items().get(0).title());
    assertEquals(URI.create("https://news.example.sg/library-late"), feed.items().get(0).link());
  }

  @Test
  void aTitleThatMentionsADoctypeIsKeptWhole() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!-- mentions <!DOCTYPE html> --><rss version=\"2.0\"><channel>"
            + "<title>t</title><item><title><![CDATA[Why <!DOCTYPE matters]]></title>"
            + "<link>https://news.example.sg/1</link></item><item><title><![CDATA[Second]]></title>"
            + "<link>https://news.example.sg/2</link></item></channel></rss>";
    List<FeedItem> items = read(xml, SINGAPORE);
    assertEquals(
        List.of("Why <!DOCTYPE matters", "Second"), items.stream().map(FeedItem::title).toList());
  }

  @Test
  void stillRefusesADoctypeThatDeclaresEntities() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY who \"me\">]>"
            + "<rss version=\"2.0\"><channel><title>&who;</title></channel></rss>";
    FeedException e = assertThrows(FeedException.class, () -> read(xml, SINGAPORE));
    assertTrue(e.getMessage().contains("DOCTYPE is disallowed"), e.getMessage());
  }

  @Test
  void readsMothershipPubDateAsSingaporeTime() throws Exception {
    MothershipFeed feed = new MothershipFeed("https://news.example.sg").add(Stories.HAWKER);
    FeedItem item = read(feed.xml(), SINGAPORE).get(0);
    // 21:15 in Singapore (UTC+8) is 13:15 UTC, not 21:15 UTC as Rome would read it
    assertEquals(Instant.parse("2026-11-27T13:15:00Z"), item.published());
  }

  @Test
  void trimsThePaddedCreatorAndDescription() throws Exception {
    FeedItem item =
        read(new MothershipFeed("https://news.example.sg").add(Stories.HAWKER).xml(), SINGAPORE)
            .get(0);
    assertEquals("Test Writer", item.author());
    assertEquals("Night-shift workers had asked for more choice.", item.description());
    assertEquals(
        URI.create("https://news.example.sg/2026/11/tampines-hawker-late-night-stalls/"),
        item.link());
  }

  @Test
  void keepsTheFullBodyFromContentEncoded() throws Exception {
    FeedItem item =
        read(new MothershipFeed("https://news.example.sg").add(Stories.FERRY).xml(), SINGAPORE)
            .get(0);
    assertTrue(
        item.contentHtml().startsWith("<img class=\"type:primaryImage\""), item.contentHtml());
    assertTrue(item.contentHtml().contains("cyclists made up nearly a third"), item.contentHtml());
    assertEquals(
        "Punggol ferry trial carries 3,000 riders & their bicycles in first week", item.title());
  }

  @Test
  void listsItemsInFeedOrder() throws Exception {
    MothershipFeed feed =
        new MothershipFeed("https://news.example.sg").add(Stories.HAWKER).add(Stories.FERRY);
    List<FeedItem> items = read(feed.xml(), SINGAPORE);
    assertEquals(2, items.size());
    assertTrue(items.get(0).title().startsWith("Punggol"), "newest first, as the feed lists them");
  }

  @Test
  void healsABareAmpersandInATitle() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>Cars & brakes recalled</title><link>https://news.example.sg/a/</link></item>"
            + "</channel></rss>";
    assertEquals("Cars & brakes recalled", read(xml, SINGAPORE).get(0).title());
  }

  @Test
  void readsRfc822DatesWithTheirOwnOffset() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>A</title><link>/a</link><pubDate>Fri, 27 Nov 2026 10:00:00 +0100</pubDate>"
            + "<description>&lt;p&gt;Short &amp;amp; sweet&lt;/p&gt;</description></item>"
            + "</channel></rss>";
    FeedItem item = read(xml, SINGAPORE).get(0);
    assertEquals(Instant.parse("2026-11-27T09:00:00Z"), item.published());
    assertEquals(
        URI.create("https://news.example.sg/a"),
        item.link(),
        "relative links resolve against the feed");
    assertEquals("Short & sweet", item.description(), "HTML descriptions become plain text");
  }

  @Test
  void readsAtomWithContent() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>t</title><id>urn:t</id><updated>2026-11-27T10:00:00Z</updated>"
            + "<entry><title>Atom story</title><id>urn:1</id><link href=\"https://news.example.sg/atom/1\"/>"
            + "<published>2026-11-26T08:30:00+08:00</published><updated>2026-11-27T10:00:00Z</updated>"
            + "<author><name> Jo Reporter </name></author>"
            + "<summary>Teaser</summary><content type=\"html\">&lt;p&gt;Body text&lt;/p&gt;</content></entry></feed>";
    FeedItem item = read(xml, SINGAPORE).get(0);
    assertEquals("Atom story", item.title());
    assertEquals(Instant.parse("2026-11-26T00:30:00Z"), item.published());
    assertEquals("Jo Reporter", item.author());
    assertEquals("<p>Body text</p>", item.contentHtml());
  }

  @Test
  void readsRdf() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            + " xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel rdf:about=\"https://news.example.sg/\"><title>t</title><link>https://news.example.sg/</link>"
            + "<description>d</description></channel>"
            + "<item rdf:about=\"https://news.example.sg/rdf/1\"><title>RDF story</title>"
            + "<link>https://news.example.sg/rdf/1</link><dc:date>2026-11-25T07:00:00Z</dc:date></item></rdf:RDF>";
    FeedItem item = read(xml, SINGAPORE).get(0);
    assertEquals("RDF story", item.title());
    assertEquals(Instant.parse("2026-11-25T07:00:00Z"), item.published());
    assertNull(item.author());
  }

  @Test
  void rejectsADocumentThatIsNotAFeed() {
    FeedException e =
        assertThrows(FeedException.class, () -> read("<html><body>Hello</body></html>", SINGAPORE));
    assertTrue(e.getMessage().startsWith("not an RSS, Atom or RDF feed"), e.getMessage());
  }
}
