package dev.newsbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShortenerTest {
  @Test
  void leavesTextThatFits() {
    assertEquals("Short text.", Shortener.fit("Short text.", 11));
  }

  @Test
  void cutsAtTheLastSentenceThatFits() {
    assertEquals(
        "One two three. Four five six. …",
        Shortener.fit("One two three. Four five six. Seven eight nine.", 35));
  }

  @Test
  void cutsAtAWordWhenNoSentenceEndsLateEnough() {
    String cut = Shortener.fit("Alpha beta gamma delta epsilon zeta eta theta", 20);
    assertEquals("Alpha beta gamma…", cut);
    assertTrue(cut.length() <= 20);
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "😀".repeat(20);
    String cut = Shortener.fit(text, 10);
    assertTrue(cut.length() <= 10);
    assertTrue(!Character.isHighSurrogate(cut.charAt(cut.length() - 2)) || cut.endsWith("…"), cut);
    assertEquals(
        cut.codePoints().count(), cut.codePoints().filter(c -> c == '…' || c == 0x1F600).count());
  }
}
