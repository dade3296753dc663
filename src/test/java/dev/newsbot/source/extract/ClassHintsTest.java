package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
  private static Element div(String cls) {
    return Jsoup.parse("<div class=\"" + cls + "\">x</div>").selectFirst("div");
  }

  @Test
  void treatsCommentCompoundsAsOtherStories() {
    assertTrue(ClassHints.isOtherStories(div("commentbody")));
  }

  @Test
  void keepsCommentaryOutOfOtherStories() {
    assertFalse(ClassHints.isOtherStories(div("commentary")));
  }
}
