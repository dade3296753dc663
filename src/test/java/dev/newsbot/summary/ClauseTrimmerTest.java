package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which trailing clauses a sentence may lose. The sentences are invented. */
class ClauseTrimmerTest {
  private final ClauseTrimmer trimmer = new ClauseTrimmer(new TermTokenizer());

  @Test
  void dropsATrailingRelativeClause() {
    assertEquals(
        Optional.of("The harbour board approved a new ferry terminal at Pasir Quay on Monday."),
        trimmer.withoutTrailingClause(
            "The harbour board approved a new ferry terminal at Pasir Quay on Monday, which will"
                + " replace the jetty that has served commuters since 1978."));
  }

  @Test
  void keepsAQuestionAQuestion() {
    assertEquals(
        Optional.of("Will the night buses on route 52 still stop at the old depot in Tampines?"),
        trimmer.withoutTrailingClause(
            "Will the night buses on route 52 still stop at the old depot in Tampines, as they"
                + " have done for a decade?"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the tail says who says so
        "The new terminal will open to passengers in the second half of next year, the board"
            + " said.",
        // the tail ends a list
        "The stalls will sell chicken rice, laksa, fried carrot cake and sugar cane juice at the"
            + " reopened centre.",
        "Inspectors checked the roof, the lifts and the fire doors, and found them in good order.",
        // a relative clause inside the subject: the comma is not the last
        "The jetty, which has served commuters since 1978, will be pulled down in May.",
        // what would be left is too short to stand alone
        "He said no, and left the room before the vote was taken by the council members.",
        // the cut would leave a quotation open
        "\"We waited three years for this terminal, and we will use it every day,\" she said.",
        "The board called the old jetty \"a relic of the ferry era, which nobody misses.\""
      })
  void leavesASentenceWholeWhenItsLastClauseCannotGo(String sentence) {
    assertEquals(Optional.empty(), trimmer.withoutTrailingClause(sentence));
  }
}
