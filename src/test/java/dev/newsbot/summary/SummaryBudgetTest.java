package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SummaryBudgetTest {
  @Test
  void rejectsZeroSentences() {
    var e = assertThrows(IllegalArgumentException.class, () -> new SummaryBudget(0, 400));
    assertEquals("maxSentences must be between 1 and 20: 0", e.getMessage());
  }

  @Test
  void rejectsMoreCharactersThanATelegramMessage() {
    var e = assertThrows(IllegalArgumentException.class, () -> new SummaryBudget(3, 5000));
    assertEquals("maxChars must be between 40 and 4096: 5000", e.getMessage());
  }

  @Test
  void defaultsToThreeSentences() {
    assertEquals(3, SummaryBudget.DEFAULT.maxSentences());
  }
}
