package dev.newsbot.testing;

import java.util.List;

/** Writes article and listing pages shaped like a typical news site's, with invented text. */
public final class ArticlePage {
  private ArticlePage() {}

  /**
   * An article page: navigation, JSON-LD, a headline, a byline, the story, related links, a footer.
   */
  public static String article(
      String title, String author, String isoDate, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("      <p>").append(p).append("</p>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>%1$s | Example Daily</title>
        <meta property="og:title" content="%1$s">
        <meta property="og:site_name" content="Example Daily">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"%1$s","datePublished":"%3$s","author":{"@type":"Person","name":"%2$s"}}</script>
        </head><body>
        <header><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
        <main><article>
          <h1>%1$s</h1>
          <p class="byline">By %2$s</p>
          <div class="article-body">
        %4$s    </div>
        </article>
        <aside class="related"><h3>Related</h3><ul><li><a href="/2026/11/other-story-here/">Another story that is related</a></li></ul></aside>
        </main>
        <footer><a href="/about/">About us</a> <a href="/privacy/">Privacy</a></footer>
        </body></html>
        """
        .formatted(title, author, isoDate, body);
  }

  /**
   * A listing page linking to {@code paths} with their headlines, newest first, amid site chrome.
   */
  public static String listing(List<String> paths, List<String> headlines) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < paths.size(); i++) {
      items
          .append("    <div class=\"card\"><h2><a href=\"")
          .append(paths.get(i))
          .append("\">")
          .append(headlines.get(i))
          .append("</a></h2></div>\n");
    }
    return """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Latest news | Example Daily</title></head><body>
        <header><nav><a href="/">Home</a> <a href="/category/news/">News</a> <a href="/tag/weather/">Weather</a></nav></header>
        <main>
        %s</main>
        <footer><a href="/about/">About us</a> <a href="/contact/">Contact</a></footer>
        </body></html>
        """
        .formatted(items);
  }
}
