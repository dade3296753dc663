package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which sentence openings need the sentence before them. The sentences are invented. */
class BackReferenceTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "He said the terminal would open next year.",
        "Their new deal runs to 2030.",
        "However, the board has not said what the terminal will cost.",
        "This means the night ferry will stop at nine.",
        "But residents were not convinced."
      })
  void seesASentenceThatPointsBack(String sentence) {
    assertTrue(BackReference.pointsBack(sentence));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The harbour board approved the terminal on Monday.",
        "Hector Tan, 52, runs the ferry kiosk.",
        "Thesis defences at the university were moved online.",
        "“He never listens,” she said.",
        "he said it quietly, as the transcript shows.",
        "Er sagte, das Terminal werde nächstes Jahr eröffnet."
      })
  void seesASentenceThatStandsAlone(String sentence) {
    assertFalse(BackReference.pointsBack(sentence));
  }
}
