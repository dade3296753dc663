package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class LinkFinderTest {
  private static final URI BASE = URI.create("https://news.example.org/latest/");
  private static final String PAGE =
      """
      <html><head><link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>
      <header><nav><a href="/2026/11/nav-story-in-the-header/">A story linked from the menu bar</a></nav></header>
      <main>
        <div class="card"><h2><a href="/2026/11/bridge-opens-to-traffic/?utm_source=home">Bridge opens to traffic</a></h2></div>
        <div class="card"><h2><a href="https://www.news.example.org/world/leaders-meet-for-climate-talks">Leaders meet for climate talks</a></h2></div>
        <div class="card"><h2><a href="/story/4512345">Council votes</a></h2></div>
        <div class="card"><a href="/category/sport/">Sport</a> <a href="/tag/weather/">Weather</a></div>
        <div class="card"><a href="https://elsewhere.example.com/2026/11/other-site-story/">Other site story here now</a></div>
        <div class="card"><h2><a href="/2026/11/bridge-opens-to-traffic/">Bridge opens (again)</a></h2></div>
      </main>
      <footer><a href="/about/">About</a></footer></body></html>
      """;

  @Test
  void findsSameSiteArticleLinksInPageOrderWithoutNavigationOrRepeats() {
    List<URI> links = LinkFinder.find(Jsoup.parse(PAGE, BASE.toString()), null, BASE);
    assertEquals(
        List.of(
            URI.create("https://news.example.org/2026/11/bridge-opens-to-traffic/"),
            URI.create("https://www.news.example.org/world/leaders-meet-for-climate-talks"),
            URI.create("https://news.example.org/story/4512345")),
        links);
  }

  @Test
  void usesTheConfiguredSelector() {
    List<URI> links =
        LinkFinder.find(Jsoup.parse(PAGE, BASE.toString()), "main .card:first-child h2", BASE);
    assertEquals(
        List.of(URI.create("https://news.example.org/2026/11/bridge-opens-to-traffic/")), links);
  }

  @Test
  void tellsArticlesFromSectionPages() {
    assertTrue(LinkFinder.looksLikeArticle(URI.create("https://x.org/2026/11/short/"), "x"));
    assertTrue(
        LinkFinder.looksLikeArticle(
            URI.create("https://x.org/news/mayor-resigns-after-vote.html"), "x"));
    assertFalse(LinkFinder.looksLikeArticle(URI.create("https://x.org/news/"), "News"));
    assertFalse(
        LinkFinder.looksLikeArticle(URI.create("https://x.org/tag/very-long-tag-name/"), "Tag"));
    assertFalse(
        LinkFinder.looksLikeArticle(URI.create("https://x.org/2026/11/photo.jpg"), "Photo"));
  }

  @Test
  void takesALinkWithAChineseHeadlineForAnArticle() {
    assertTrue(
        LinkFinder.looksLikeArticle(
            URI.create("https://x.org/news/singapore/story"), "宏茂桥巴士转换站下月起延长营业时间"));
    assertFalse(LinkFinder.looksLikeArticle(URI.create("https://x.org/news/singapore"), "新加坡新闻"));
  }

  @Test
  void findsTheAnnouncedFeed() {
    assertEquals(
        URI.create("https://news.example.org/atom.xml"),
        LinkFinder.announcedFeed(Jsoup.parse(PAGE, BASE.toString())));
  }
}
