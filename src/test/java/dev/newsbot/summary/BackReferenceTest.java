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
        "But residents were not convinced.",
        "This plan, the board said, will cost more.",
        "So the vote was put off.",
        // a time told from an earlier one
        "By then the old jetty will have closed.",
        "Two days later, the board changed its mind.",
        "At the time, the jetty was the only way onto the island.",
        "The next morning, commuters found the gates locked.",
        // a connective of more than one word, or one not listed before
        "As a result, ferries will stop at nine.",
        "On the other hand, the terminal will have twice as many berths.",
        "Similarly, the bus interchange will be rebuilt."
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
        "Er sagte, das Terminal werde nächstes Jahr eröffnet.",
        "As a result of the strike, ferries stopped at nine.",
        "In addition to the fare, passengers pay a port fee.",
        "At the time of writing, the board had not replied.",
        "The next ferry leaves at nine.",
        "Days of rain flooded the pier.",
        // the time from today, though "This" and "So" alone point back
        "This year, the board will spend more on ferries than on roads.",
        "So far, no date has been set for the vote.",
        "This week the night ferry returns.",
        "These days, most commuters take the train.",
        // a connective's words opening something else
        "Despite this year's record harvest, prices fell.",
        "Even so-called safe havens fell.",
        "In turn-based games, players wait for each other.",
        "Two years later than planned, the bridge opened."
      })
  void seesASentenceThatStandsAlone(String sentence) {
    assertFalse(BackReference.pointsBack(sentence));
  }
}
