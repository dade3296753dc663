package dev.newsbot.source;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jsoup.Jsoup;

/**
 * Reads RSS 2.0, Atom and RDF feeds with Rome. Dates that carry no offset, such as mothership.sg's
 * {@code 2026-07-03T01:09:11}, are read in the source's time zone: Rome would take them for UTC.
 */
public final class FeedReader {
  private static final Set<String> DATE_ELEMENTS =
      Set.of("pubDate", "date", "published", "issued", "updated", "modified");

  /**
   * The deepest element nesting read. Feeds are a few levels deep, with an article's HTML inside;
   * Rome and JDOM walk the tree recursively (two frames a level when they serialize content), so a
   * 100,000-deep feed would overflow the stack, and JDOM's ancestor check on each added element
   * makes building one quadratic. 256 levels fit a 256 KB thread stack.
   */
  static final int MAX_DEPTH = 256;

  /**
   * Exposes Rome's hardened SAX builder (no DOCTYPE at all, so no external entities and no entity
   * expansion), with the JDK parser's element depth limit.
   */
  private static final class SecureInput extends WireFeedInput {
    Document parse(Reader reader) throws JDOMException, IOException {
      var builder = createSAXBuilder();
      builder.setProperty("jdk.xml.maxElementDepth", Integer.toString(MAX_DEPTH));
      return builder.build(reader);
    }
  }

  /**
   * Parses a feed.
   *
   * @param xml the document's bytes
   * @param declared the charset the server declared, or null
   * @param base where the feed came from, for relative links
   * @param zone the zone of dates written without an offset
   */
  public List<FeedItem> read(byte[] xml, Charset declared, URI base, ZoneId zone)
      throws FeedException {
    return readFeed(xml, declared, base, zone).items();
  }

  /** A feed's title (empty when it has none) and items. */
  public record Feed(String title, List<FeedItem> items) {}

  /** Parses a feed, its title included; the parameters are those of {@link #read}. */
  public Feed readFeed(byte[] xml, Charset declared, URI base, ZoneId zone) throws FeedException {
    Document document;
    SyndFeed feed;
    try (Reader reader = reader(withoutPlainDoctype(xml), declared)) {
      // The fixer reads a character at a time; unbuffered, each read allocates in the decoder
      // (330 MB of garbage for a 5 MB feed).
      document = new SecureInput().parse(new XmlFixerReader(new BufferedReader(reader)));
      feed = new SyndFeedInput().build(document);
    } catch (JDOMException
        | IOException
        | com.rometools.rome.io.FeedException
        | IllegalArgumentException e) {
      throw new FeedException("not an RSS, Atom or RDF feed: " + e.getMessage(), e);
    }
    List<Element> rawEntries = rawEntries(document.getRootElement());
    List<SyndEntry> entries = feed.getEntries();
    List<FeedItem> items = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      SyndEntry entry = entries.get(i);
      Element raw = i < rawEntries.size() ? rawEntries.get(i) : null;
      URI link = link(entry, base);
      if (link == null) {
        continue; // nothing to push without an address
      }
      items.add(
          new FeedItem(
              link,
              clean(entry.getTitle()),
              blankToNull(clean(entry.getAuthor())),
              published(entry, raw, zone),
              text(entry.getDescription()),
              content(entry)));
    }
    return new Feed(clean(feed.getTitle()), items);
  }

  /**
   * The feed without its DOCTYPE when that has no internal subset, as RSS 0.91 feeds carry ({@code
   * <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "...">}): it declares
   * nothing a feed reader needs, and the parser refuses every DOCTYPE so that no entity can be
   * declared. Only a DOCTYPE where XML allows one is cut: after the byte-order mark, the XML
   * declaration, processing instructions, comments and white space, before the root element. One
   * with an internal subset ({@code [...]}, where entities are declared) is left in place, and
   * refused.
   */
  static byte[] withoutPlainDoctype(byte[] xml) {
    int start = prologEnd(xml);
    if (!startsWith(xml, start, "<!DOCTYPE")) {
      return xml;
    }
    byte quote = 0;
    for (int i = start + "<!DOCTYPE".length(); i < xml.length; i++) {
      byte b = xml[i];
      if (quote != 0) {
        quote = b == quote ? 0 : quote;
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '[') {
        return xml;
      } else if (b == '>') {
        byte[] without = new byte[xml.length - (i + 1 - start)];
        System.arraycopy(xml, 0, without, 0, start);
        System.arraycopy(xml, i + 1, without, start, xml.length - i - 1);
        return without;
      }
    }
    return xml;
  }

  /** Where the prolog's declarations, processing instructions, comments and white space end. */
  private static int prologEnd(byte[] xml) {
    int i = startsWith(xml, 0, "\u00ef\u00bb\u00bf") ? 3 : 0; // UTF-8's byte-order mark
    while (i < xml.length) {
      byte b = xml[i];
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        i++;
      } else if (startsWith(xml, i, "<?")) {
        i = after(xml, i + 2, "?>");
      } else if (startsWith(xml, i, "<!--")) {
        i = after(xml, i + 4, "-->");
      } else {
        return i;
      }
    }
    return i;
  }

  /** The index after the first {@code end} at or after {@code from}, or the length. */
  private static int after(byte[] xml, int from, String end) {
    for (int i = from; i <= xml.length - end.length(); i++) {
      if (startsWith(xml, i, end)) {
        return i + end.length();
      }
    }
    return xml.length;
  }

  /** Whether the bytes at {@code at} are those of {@code latin1}. */
  private static boolean startsWith(byte[] bytes, int at, String latin1) {
    if (at + latin1.length() > bytes.length) {
      return false;
    }
    for (int k = 0; k < latin1.length(); k++) {
      if ((bytes[at + k] & 0xff) != latin1.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static Reader reader(byte[] xml, Charset declared) throws IOException {
    String contentType = declared == null ? null : "application/xml; charset=" + declared.name();
    try {
      return new XmlReader(new ByteArrayInputStream(xml), contentType, true);
    } catch (UnsupportedEncodingException e) {
      // The XML declaration names an encoding Java does not have (a typo, "UTF-7"): read the
      // bytes in the server's charset, else UTF-8, rather than refuse the feed. The parser reads
      // characters then and ignores the declaration.
      return new InputStreamReader(
          new ByteArrayInputStream(xml), declared != null ? declared : StandardCharsets.UTF_8);
    }
  }

  private static List<Element> rawEntries(Element root) {
    List<Element> out = new ArrayList<>();
    for (Element child : root.getChildren()) {
      if (isEntry(child)) {
        out.add(child);
      } else {
        for (Element grandchild : child.getChildren()) {
          if (isEntry(grandchild)) {
            out.add(grandchild);
          }
        }
      }
    }
    return out;
  }

  private static boolean isEntry(Element e) {
    return e.getName().equals("item") || e.getName().equals("entry");
  }

  private static URI link(SyndEntry entry, URI base) {
    String href = entry.getLink();
    if (href == null || href.isBlank()) {
      href = entry.getUri();
    }
    if (href == null || href.isBlank()) {
      return null;
    }
    try {
      URI uri = base.resolve(href.strip());
      String scheme = uri.getScheme();
      return scheme != null && scheme.startsWith("http") ? uri : null;
    } catch (IllegalArgumentException e) {
      return null; // a malformed link: the item is skipped, the rest of the feed is read
    }
  }

  private static Instant published(SyndEntry entry, Element raw, ZoneId zone) {
    String text = raw == null ? null : rawDate(raw);
    if (text != null) {
      Instant local = localDate(text, zone);
      if (local != null) {
        return local;
      }
    }
    if (entry.getPublishedDate() != null) {
      return entry.getPublishedDate().toInstant();
    }
    return entry.getUpdatedDate() == null ? null : entry.getUpdatedDate().toInstant();
  }

  private static String rawDate(Element raw) {
    for (Element child : raw.getChildren()) {
      if (DATE_ELEMENTS.contains(child.getName())) {
        String text = child.getTextTrim();
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return null;
  }

  /** A date or date-time with no offset, read in {@code zone}; null when it has an offset. */
  static Instant localDate(String text, ZoneId zone) {
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      // not an offset-less date-time; try a bare date next
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      return null; // carries an offset or another format: Rome's reading stands
    }
  }

  private static String content(SyndEntry entry) {
    List<SyndContent> contents = entry.getContents();
    for (SyndContent c : contents) {
      if (c.getValue() != null && !c.getValue().isBlank()) {
        return c.getValue().strip();
      }
    }
    return "";
  }

  private static String text(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return "";
    }
    String value = content.getValue();
    return value.indexOf('<') >= 0 || value.indexOf('&') >= 0
        ? clean(Jsoup.parse(value).text())
        : clean(value);
  }

  private static String clean(String s) {
    return s == null ? "" : s.replaceAll("(?U)\\s+", " ").strip();
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
