package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of a page's author sources the extracted article names. */
class ArticleAuthorsTest {
  private static final String WEB_PAGE_AUTHOR =
      "<script type='application/ld+json'>{\"@context\": \"https://schema.org\","
          + " \"@type\": \"WebPage\", \"author\": {\"@type\": \"Person\","
          + " \"name\": \"Site Keeper\"}}</script>";

  private static final String STORY = StoryHtml.PARAGRAPHS;

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void prefersTheBylineThePageShowsToAWebPagesAuthor() {
    assertEquals(
        List.of("Odile Marchetti"),
        authors(
            "<html><head>"
                + WEB_PAGE_AUTHOR
                + "</head><body><article><h1>Ferry timetable cut for winter</h1>"
                + "<div class='byline'>By <a href='/authors/odile'>Odile Marchetti</a></div>"
                + STORY
                + "</article></body></html>"));
  }

  @Test
  void takesAWebPagesAuthorWhenThePageShowsNoByline() {
    assertEquals(
        List.of("Site Keeper"),
        authors(
            "<html><head>"
                + WEB_PAGE_AUTHOR
                + "</head><body><article><h1>Ferry timetable cut for winter</h1>"
                + STORY
                + "</article></body></html>"));
  }

  private static final String SITE_AS_AUTHOR =
      "<html><head><meta name='author' content='Harbour &amp; Quay'>"
          + "<meta property='og:site_name' content='Harbour &amp; Quay'></head>";

  @Test
  void prefersTheBylineThePageShowsToADeclaredAuthorThatIsTheSite() {
    assertEquals(
        List.of("Odile Marchetti"),
        authors(
            SITE_AS_AUTHOR
                + "<body><article><h1>Ferry timetable cut for winter</h1>"
                + "<span class='author'>By <a href='/reporters/odile'>Odile Marchetti</a></span>"
                + STORY
                + "</article></body></html>"));
  }

  @Test
  void namesTheSiteAsItWritesItWhenItIsTheOnlyAuthor() {
    assertEquals(
        List.of("Harbour & Quay"),
        authors(
            SITE_AS_AUTHOR
                + "<body><article><h1>Ferry timetable cut for winter</h1>"
                + STORY
                + "</article></body></html>"),
        "not split into two names");
  }

  @Test
  void keepsTheWriterOfAPersonalSiteNamedAfterThem() {
    assertEquals(
        List.of("Odile Marchetti"),
        authors(
            "<html><head><meta name='author' content='Odile Marchetti'>"
                + "<meta property='og:site_name' content='odilemarchetti.example'></head>"
                + "<body><article><h1>Ferry timetable cut for winter</h1>"
                + STORY
                + "</article></body></html>",
            "https://odilemarchetti.example/ferry"));
  }

  @Test
  void namesTheSiteFromItsBylineWhenThePageGivesNoSiteName() {
    assertEquals(
        List.of("Harbour Times"),
        authors(
            "<html><body><article><h1>Ferry timetable cut for winter</h1>"
                + "<span class='byline'>By Harbour Times</span>"
                + STORY
                + "</article></body></html>",
            "https://harbourtimes.example/ferry"));
  }

  private List<String> authors(String html) {
    return authors(html, "https://harbour.example/ferry");
  }

  private List<String> authors(String html, String url) {
    return extractor.extract(html, URI.create(url), ZoneOffset.UTC).orElseThrow().authors();
  }
}
