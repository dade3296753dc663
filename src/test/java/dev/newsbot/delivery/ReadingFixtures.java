package dev.newsbot.delivery;

import dev.newsbot.news.Article;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Stored articles to read whole, with bodies as long as a test needs. */
final class ReadingFixtures {
  static final URI URL = URI.create("https://news.example.sg/2026/11/ferry?x=1&y=2");
  static final URI IMAGE = URI.create("https://static.example.sg/ferry.jpg");

  private ReadingFixtures() {}

  static Article article(long id, String title, URI image) {
    return article(id, title, image, "");
  }

  static Article article(long id, String title, URI image, String imageCaption) {
    return new Article(
        id,
        new SourceId("ms"),
        "Mothership",
        URL,
        title,
        "Test Writer",
        Instant.parse("2026-11-28T01:30:00Z"),
        Instant.parse("2026-11-28T02:00:00Z"),
        "Commuters gave the service mixed reviews.",
        image,
        imageCaption,
        "Summary.");
  }

  static FullArticle full(List<BodyBlock> body) {
    return new FullArticle(article(7, "Punggol ferry trial", IMAGE), body);
  }

  static BodyBlock paragraph(String text) {
    return new BodyBlock(BodyBlock.Kind.PARAGRAPH, text);
  }

  /** {@code count} different paragraphs of exactly {@code length} characters, whole sentences. */
  static List<BodyBlock> paragraphs(int count, int length) {
    List<BodyBlock> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(paragraph(sentences("Paragraph " + i, length)));
    }
    return out;
  }

  /** Sentences naming {@code label}, cut to exactly {@code length} characters ending in ".". */
  static String sentences(String label, int length) {
    StringBuilder s = new StringBuilder();
    for (int n = 0; s.length() < length; n++) {
      s.append(s.length() == 0 ? "" : " ")
          .append(label)
          .append(" says thing ")
          .append(n)
          .append('.');
    }
    s.setLength(length - 1);
    return s.append('.').toString();
  }
}
