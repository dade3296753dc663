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
                + " replace the wooden jetty that island commuters have long used."));
  }

  @Test
  void stillDropsAnAsClauseThatSetsNoCondition() {
    assertEquals(
        Optional.of("Night buses on route 52 will stop at the old depot in Tampines again."),
        trimmer.withoutTrailingClause(
            "Night buses on route 52 will stop at the old depot in Tampines again, as they did"
                + " before the depot was rebuilt."));
  }

  /** Each of these lost its tail before: the rest alone said more, or less, than the article. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        // a condition or a contrast
        "The harbour board will keep the old jetty open for fishing boats, but only until the"
            + " new terminal is finished.",
        "Ferries will keep running from the old jetty at Pasir Quay, until the board decides"
            + " otherwise.",
        "The board will pay for a second ferry to the outer islands, as long as the ministry"
            + " pays for the crew.",
        "Residents will be allowed to park at the old terminal building, when the new one has"
            + " opened.",
        "The minister said the new ferry pier was entirely safe for passengers, although"
            + " engineers warned it could fail in a storm.",
        "The regulator cleared the merger of the two ferry companies on Monday, whereas its"
            + " own staff had recommended blocking it.",
        // a negation
        "The board published its plan for a bigger ferry terminal at Pasir Quay, which the"
            + " ministry has never approved.",
        "The board asked the island council to widen the road to the jetty, which it didn't.",
        "The harbour board approved a new ferry terminal at Pasir Quay on Monday, with no money"
            + " set aside for it.",
        // a number
        "The harbour board approved a new ferry terminal at Pasir Quay on Monday, which will"
            + " replace the jetty that has served commuters since 1978.",
        "A fire broke out in the engine room of a ferry leaving Pasir Quay on Monday, which"
            + " injured three crew members."
      })
  void keepsATailThatChangesWhatTheSentenceSays(String sentence) {
    assertEquals(Optional.empty(), trimmer.withoutTrailingClause(sentence));
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
