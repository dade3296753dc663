package dev.newsbot.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
  @Test
  void cleanDropsTrackingAndFragmentsButKeepsTheRest() {
    assertEquals(
        URI.create("https://news.example.org/a/?id=5"),
        UrlNormalizer.clean(
            URI.create("HTTPS://News.Example.ORG:443/a/?utm_source=x&id=5&fbclid=abc#top")));
  }

  @Test
  void keyMakesSpellingsOfOneArticleEqual() {
    String key = UrlNormalizer.key(URI.create("https://news.example.org/2026/11/story"));
    assertEquals(key, UrlNormalizer.key(URI.create("https://www.news.example.org/2026/11/story/")));
    assertEquals(
        key,
        UrlNormalizer.key(URI.create("https://NEWS.example.org/2026/11/story/?utm_medium=social")));
    assertEquals(
        key, UrlNormalizer.key(URI.create("https://news.example.org:443/2026/11/story#comments")));
  }

  @Test
  void keyKeepsParametersThatChooseTheArticle() {
    assertEquals(
        "http://example.org/view?id=7",
        UrlNormalizer.key(URI.create("http://example.org:80/view?id=7")));
  }
}
