package dev.newsbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {
  @Test
  void tokenisesLowerCaseUnicodeWords() {
    assertEquals(
        List.of("café", "s", "s", "1", "35", "won", "t"), Rouge.tokens("Café's S$1.35 won't"));
  }

  @Test
  void scoresUnigramsAndBigramsAsMultisets() {
    // candidate "the cat the cat" vs reference "the cat sat": unigram overlap 2 of 4 and 3,
    // bigram overlap 1 ("the cat" once in the reference) of 3 and 2.
    Rouge.Scores s = Rouge.score(Rouge.tokens("the cat the cat"), Rouge.tokens("the cat sat"));
    assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), s.rouge1(), 1e-9);
    assertEquals(2 * (1 / 3.0) * 0.5 / (1 / 3.0 + 0.5), s.rouge2(), 1e-9);
  }

  @Test
  void scoresTheLongestCommonSubsequence() {
    // LCS of "a b c d" and "a x c d" is "a c d": 3 of 4 on both sides.
    assertEquals(
        0.75, Rouge.score(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "d")).rougeL(), 1e-9);
  }

  @Test
  void scoresZeroWithoutOverlap() {
    assertEquals(new Rouge.Scores(0, 0, 0), Rouge.score(List.of("a"), List.of("b")));
  }
}
