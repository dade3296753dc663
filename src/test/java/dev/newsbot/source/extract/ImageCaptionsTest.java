package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The lead image's caption, as the extracted article carries it. */
class ImageCaptionsTest {
  private static final String STORY = StoryHtml.PARAGRAPHS;

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void findsTheCaptionOfTheOgImageShownInAnotherSize() {
    ExtractedArticle article =
        extract(
            "<html><head><meta property='og:image'"
                + " content='https://cdn.harbour.example/2026/12/pier-dawn.jpg?w=1200'></head>"
                + "<body><article><h1>Ferry timetable cut for winter</h1>"
                + "<figure><img src='https://cdn.harbour.example/2026/12/pier-dawn-696x448.jpg'>"
                + "<figcaption>The pier at dawn. <span class='credit'>PHOTO: Odile Marchetti"
                + "</span></figcaption></figure>"
                + STORY
                + "</article></body></html>");

    assertEquals("The pier at dawn. PHOTO: Odile Marchetti", article.imageCaption());
    assertEquals(false, article.text().contains("pier at dawn"), "not in the body");
  }

  @Test
  void findsTheCaptionOfAWordPressImageAndOfTheBodysFirstFigure() {
    assertEquals(
        "The last ferry of the summer.",
        extract(
                "<html><head><meta property='og:image'"
                    + " content='https://harbour.example/uploads/ferry.jpg'></head><body><article>"
                    + "<h1>Ferry timetable cut for winter</h1>"
                    + "<div class='wp-caption'><img data-src='/uploads/ferry-scaled.jpg'"
                    + " src='data:image/gif;base64,R0lGOD'><p class='wp-caption-text'>The last"
                    + " ferry of the summer.</p></div>"
                    + STORY
                    + "</article></body></html>")
            .imageCaption());
    ExtractedArticle noOgImage =
        extract(
            "<html><body><article><h1>Ferry timetable cut for winter</h1>"
                + "<figure><img src='data:image/gif;base64,R0lGOD' data-src='/media/quay.jpg'>"
                + "<figcaption>The quay in the rain.</figcaption></figure>"
                + STORY
                + "</article></body></html>");
    assertEquals(URI.create("https://harbour.example/media/quay.jpg"), noOgImage.image());
    assertEquals("The quay in the rain.", noOgImage.imageCaption());
  }

  @Test
  void givesNoCaptionForAnImageThePageDoesNotCaption() {
    ExtractedArticle article =
        extract(
            "<html><head><meta property='og:image' content='https://harbour.example/card.png'>"
                + "</head><body><article><h1>Ferry timetable cut for winter</h1>"
                + "<figure><img src='/media/other.jpg'><figcaption>Another picture.</figcaption>"
                + "</figure>"
                + STORY
                + "</article></body></html>");

    assertEquals("", article.imageCaption());
  }

  @Test
  void givesEachPictureOfAGalleryItsOwnCaption() {
    assertEquals(
        "The second boat.",
        captionOf(
            "b.jpg",
            "<figure class='gallery'><figure><img src='/up/a.jpg'><figcaption>The first boat."
                + "</figcaption></figure><figure><img src='/up/b.jpg'><figcaption>The second boat."
                + "</figcaption></figure></figure>"));
  }

  @Test
  void takesNoCaptionFromAnotherStorysLinkedCard() {
    assertEquals(
        "",
        captionOf(
            "ferry.jpg",
            "<a href='/other-story'><figure><img src='/up/ferry-300x200.jpg'>"
                + "<figcaption>Islanders protest ferry cuts</figcaption></figure></a>"));
  }

  @Test
  void takesTheFigcaptionNotTheWholeFigureNamedAfterCaptions() {
    assertEquals(
        "The pier at dawn.",
        captionOf(
            "pier.jpg",
            "<figure class='image-with-caption'><img src='/up/pier.jpg'><button>Enlarge</button>"
                + "<figcaption>The pier at dawn.</figcaption></figure>"));
  }

  /** The caption of the og:image {@code image} on a page that shows {@code figures} first. */
  private String captionOf(String image, String figures) {
    return extract(
            "<html><head><meta property='og:image' content='https://harbour.example/up/"
                + image
                + "'></head><body><article><h1>Ferry timetable cut for winter</h1>"
                + figures
                + STORY
                + "</article></body></html>")
        .imageCaption();
  }

  private ExtractedArticle extract(String html) {
    return extractor
        .extract(html, URI.create("https://harbour.example/ferry"), ZoneOffset.UTC)
        .orElseThrow();
  }
}
