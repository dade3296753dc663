package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
  private static final URI BASE = URI.create("https://ledger.example/story");

  private static PageMetadata read(String head, String body) {
    String html = "<html><head>" + head + "</head><body>" + body + "</body></html>";
    return new MetadataReader().read(Jsoup.parse(html, BASE.toString()), BASE, ZoneOffset.UTC);
  }

  private static OffsetDateTime published(String head) {
    return read(head, "").published();
  }

  private static String jsonLd(String datePublished) {
    return "<script type='application/ld+json'>{\"@context\": \"https://schema.org\","
        + " \"@type\": \"NewsArticle\", \"headline\": \"Council approves the harbour budget\","
        + " \"datePublished\": \""
        + datePublished
        + "\"}</script>";
  }

  @Test
  void readsJsonLdThatGivesAKeyTwiceOrANullHeadline() {
    PageMetadata twice =
        read(
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\","
                + " \"image\": \"https://ledger.example/a.jpg\","
                + " \"image\": \"https://ledger.example/b.jpg\","
                + " \"author\": {\"@type\": \"Person\", \"name\": \"Jane Roe\"},"
                + " \"datePublished\": \"2024-03-04T10:00:00+08:00\"}</script>",
            "");
    assertEquals(List.of("Jane Roe"), twice.authors(), "the last image counts, the rest is read");
    assertEquals(URI.create("https://ledger.example/b.jpg"), twice.image());
    assertEquals(OffsetDateTime.parse("2024-03-04T10:00:00+08:00"), twice.published());

    PageMetadata nulls =
        read(
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": null,"
                + " \"name\": \"Harbour budget passes\", \"description\": null}</script>",
            "");
    assertTrue(nulls.titles().contains("Harbour budget passes"), nulls.titles().toString());
    assertFalse(nulls.titles().contains("null"), nulls.titles().toString());
    assertEquals("", nulls.description());
  }

  @Test
  void keepsAWesternEveningOffsetFromJsonLd() {
    OffsetDateTime date = published(jsonLd("2026-11-22T20:00:00-05:00"));

    assertEquals(OffsetDateTime.parse("2026-11-22T20:00:00-05:00"), date);
    assertEquals("2026-11-22", date.toLocalDate().toString());
  }

  @Test
  void takesTheLocalOffsetOfTheSameMomentOverUtc() {
    OffsetDateTime date =
        published(
            jsonLd("2025-04-11T03:40:00Z")
                + "<meta property='article:published_time' content='2025-04-10T20:40:00-07:00'>");

    assertEquals(OffsetDateTime.parse("2025-04-10T20:40:00-07:00"), date);
  }

  @Test
  void keepsTheJsonLdDateWhenAnotherTagGivesAnotherMoment() {
    OffsetDateTime date =
        published(
            jsonLd("2025-04-11T03:40:00Z")
                + "<meta property='article:published_time' content='2025-04-10T09:00:00-07:00'>");

    assertEquals(OffsetDateTime.parse("2025-04-11T03:40:00Z"), date);
  }

  private static boolean declaresArticle(String body) {
    return read("", body).declaresArticle();
  }

  @Test
  void onePostMarkedAsAnHentryDeclaresAnArticle() {
    assertTrue(
        declaresArticle(
            "<div class='post hentry'><h3 class='entry-title'>Seed swap on Sunday</h3>"
                + "<div class='entry-content'><p>Bring a jar of seeds.</p></div></div>"));
  }

  @Test
  void oneSchemaOrgBlogPostingInMicrodataDeclaresAnArticle() {
    assertTrue(
        declaresArticle(
            "<article itemscope itemtype='https://schema.org/BlogPosting'>"
                + "<h1 itemprop='headline'>Seed swap on Sunday</h1></article>"));
  }

  @Test
  void aBlogFrontPageWithManyEntriesDeclaresNoArticle() {
    String entry = "<div class='hentry'><h3><a href='/p'>A post</a></h3><p>Its teaser.</p></div>";
    assertFalse(declaresArticle(entry + entry + entry));
  }

  @Test
  void keepsTheAuthorOfAJsonLdWebPageApartWhenThereIsNoArticle() {
    PageMetadata meta =
        read(
            "<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@graph\": ["
                + "{\"@type\": \"WebPage\", \"@id\": \"https://ledger.example/story#webpage\","
                + " \"author\": {\"@id\": \"https://ledger.example/#/person/1\"}},"
                + "{\"@type\": \"Person\", \"@id\": \"https://ledger.example/#/person/1\","
                + " \"name\": \"Odile Marchetti\"}]}</script>",
            "");
    assertEquals(List.of(), meta.authors(), "not the article's declared author");
    assertEquals(List.of("Odile Marchetti"), meta.pageAuthors());
    assertFalse(meta.declaresArticle(), "a WebPage object does not make the page an article");
  }
}
