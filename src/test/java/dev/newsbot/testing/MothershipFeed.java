package dev.newsbot.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes feeds shaped like mothership.sg's: ISO pubDate with no offset (Singapore time), a
 * whitespace-padded {@code dc:creator}, the standfirst in {@code description}, and a full body in
 * {@code content:encoded} that opens with the lead image and a Telegram promo and closes with an
 * image credit and a podcast line. The stories are invented for the tests.
 */
public final class MothershipFeed {
  /** One story in the feed. */
  public record Item(
      String slug,
      String title,
      String pubDate,
      String author,
      String standfirst,
      List<String> paragraphs) {
    public Item {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  private final String siteUrl;
  private final List<Item> items = new ArrayList<>();

  public MothershipFeed(String siteUrl) {
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
  }

  /** Adds an item at the top of the feed, as the newest. */
  public MothershipFeed add(Item item) {
    items.add(0, item);
    return this;
  }

  /** Serves the feed as it is now at {@code /feed/} of {@code site}. */
  public MothershipFeed publish(FakeSite site) {
    site.put("/feed/", "application/rss+xml", xml());
    return this;
  }

  public String link(Item item) {
    return siteUrl + "/2026/11/" + item.slug() + "/";
  }

  public String xml() {
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append(
            "    <rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"")
        .append(
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:atom=\"http://www.w3.org/2005/Atom\"")
        .append(" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\">\n")
        .append("  <channel>\n")
        .append("    <title>Test Mothership - News from Singapore</title>\n")
        .append("    <atom:link href=\"")
        .append(siteUrl)
        .append("/feed/\" rel=\"self\" type=\"application/rss+xml\" />\n")
        .append("    <link>")
        .append(siteUrl)
        .append("</link>\n")
        .append("    <description>Invented stories for tests</description>\n")
        .append("    <lastBuildDate>2026-11-28T05:49:22+00:00</lastBuildDate>\n")
        .append("    <language>en-US</language>\n")
        .append("    <sy:updatePeriod>hourly</sy:updatePeriod>\n")
        .append("    <generator>StaticEngine</generator>\n");
    for (Item item : items) {
      String link = link(item);
      out.append("    <item>\n")
          .append("      <title>")
          .append(escape(item.title()))
          .append("</title>\n")
          .append("      <link>")
          .append(link)
          .append("</link>\n")
          .append("      <pubDate>")
          .append(item.pubDate())
          .append("</pubDate>\n")
          .append("      <dc:creator>\n          <![CDATA[ ")
          .append(item.author())
          .append(" ]]>\n      </dc:creator>\n")
          .append("      <guid isPermaLink=\"false\">")
          .append(link)
          .append("</guid>\n")
          .append("      <description>\n          <![CDATA[ ")
          .append(item.standfirst())
          .append("  ]]>\n      </description>\n")
          .append("      <content:encoded>\n          <![CDATA[ ")
          .append(body(item))
          .append(" ]]>\n      </content:encoded>\n")
          .append("    </item>\n");
    }
    out.append("  </channel>\n</rss>\n");
    return out.toString();
  }

  private String body(Item item) {
    StringBuilder html = new StringBuilder();
    html.append("<img class=\"type:primaryImage\" src=\"https://static.example.sg/1/2026/11/")
        .append(item.slug())
        .append(".png\"/> ")
        .append(
            "<p><a href=\"https://bit.ly/3TestPromo\">Follow us on Telegram for the latest updates: https://t.me/mothershipsg</a></p>\n");
    for (int i = 0; i < item.paragraphs().size(); i++) {
      String p = item.paragraphs().get(i);
      if (p.startsWith("## ")) {
        html.append("<h2>").append(escape(p.substring(3))).append("</h2>\n");
      } else {
        html.append("<p>").append(escape(p)).append("</p>\n");
      }
    }
    html.append("<p><em>Top image via Test Agency &amp; a reader</em></p>\n")
        .append("<p><strong>Follow and listen to our podcast here</strong></p>");
    return html.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
