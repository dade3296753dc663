package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinePatternsTest {
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("^(follow|join) us on telegram\\b.*"),
          Pattern.compile("^\\W*(back to|return to) (the )?top\\W*$"),
          Pattern.compile("^\\d+ comments?$"),
          Pattern.compile("^(图片来源|来源)\\s*[：:].{0,40}$"));

  private final LinePatterns lines = new LinePatterns(PATTERNS);

  @Test
  void matchesWhateverOneOfThePatternsMatches() {
    for (String line :
        List.of(
            "follow us on telegram for more",
            "join us on telegram",
            "↑ back to top ↑",
            "back to the top",
            "12 comments",
            "图片来源：某某")) {
      assertTrue(lines.matchesAny(line), line);
    }
  }

  @Test
  void agreesWithTryingEachPatternOnLinesThatOpenAlike() {
    for (String line :
        List.of(
            "follow the money",
            "join the club, they said",
            "back to basics",
            "- return to sender -",
            "12 monkeys",
            "来源不明的消息",
            "",
            "the council said on monday")) {
      boolean any = PATTERNS.stream().anyMatch(p -> p.matcher(line).matches());
      assertEquals(any, lines.matchesAny(line), line);
      assertFalse(any, line);
    }
  }

  @Test
  void agreesWithTryingEachPatternOnEveryMixOfOpeningsAndLines() {
    List<String> openings = List.of("", "↑ ", "- ", "(", "【", "12 ", "x", "Ω", "東");
    List<String> bodies =
        List.of(
            "follow us on telegram for more",
            "back to top",
            "back to the top ↑",
            "12 comments",
            "图片来源：某某",
            "join the club",
            "back to basics",
            "来源不明",
            "the council",
            "");
    int matched = 0;
    int total = 0;
    for (String opening : openings) {
      for (String body : bodies) {
        String text = opening + body;
        boolean any = PATTERNS.stream().anyMatch(p -> p.matcher(text).matches());
        assertEquals(any, lines.matchesAny(text), text);
        matched += any ? 1 : 0;
        total++;
      }
    }
    assertTrue(matched > 5 && matched < total - 5, matched + " of " + total + " matched");
  }

  @Test
  void refusesPatternsWithFlagsWhichAnAlternationWouldDrop() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new LinePatterns(List.of(Pattern.compile("^x$", Pattern.CASE_INSENSITIVE))));
  }
}
