package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Feed items as sites publish them: a teaser or meta description that restates the article's lead,
 * teasers cut with WordPress's "[…]" and friends, bodies that say one thing twice, and a Chinese
 * article. The texts are invented.
 */
class RepetitionTest {
  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private static final String HAWKER_TITLE = "Kallang Bay hawker centre reopens after facelift";

  private static final String HAWKER_BODY =
      String.join(
          "\n\n",
          "The Kallang Bay hawker centre will reopen on Saturday with 38 stalls after a four-month"
              + " renovation, the town council said on Thursday.",
          "Six of the stalls are new, among them a vegetarian economy rice stall and one selling"
              + " Hainanese curry rice.",
          "The works replaced the roof, widened the aisles and added 120 seats, bringing the total"
              + " to 860.",
          "Stallholders were given a two-month rental waiver to help them restart, a council"
              + " spokesperson said.",
          "“We have regulars who have been asking since March,” said Madam Tan Siew Lan, 63, who"
              + " sells chwee kueh.",
          "The centre will open from 6am to 11pm daily, and every stall will take cashless"
              + " payment.",
          "A second phase of works, covering the car park and the toilets, is expected to start"
              + " next year.");

  private static final String FIRE_BODY =
      String.join(
          "\n\n",
          "About 80 residents of Block 412 in Jurong West left their homes early on Tuesday after a"
              + " fire broke out in a ninth-floor kitchen.",
          "The Singapore Civil Defence Force said it was alerted at about 4.10am and put out the"
              + " fire with two water jets within 30 minutes.",
          "Two people were taken to hospital for smoke inhalation, and the flat's kitchen was"
              + " gutted.",
          "Neighbours said they were woken by shouting and the smell of burning plastic.",
          "The cause of the fire is under investigation.");

  @ParameterizedTest
  @ValueSource(
      strings = {
        " […]",
        " [...]",
        "…",
        "...",
        " Read more",
        " Continue reading →",
        " […] The post Fire in Jurong West flat appeared first on Example News.",
      })
  void neverShowsATeasersTruncationMark(String ending) {
    String teaser =
        "Firefighters put out the blaze within 30 minutes. Two people were taken to hospital"
            + " for smoke inhalation, and the kitchen of the ninth-floor flat was"
            + ending;

    String summary =
        summarizer.summarize(new SummaryRequest("Fire in Jurong West flat", teaser, FIRE_BODY));

    for (String mark : List.of("[", "…", "...", "Read more", "reading", "appeared first", "was.")) {
      assertFalse(summary.contains(mark), mark + " in: " + summary);
    }
    assertFalse(summary.isEmpty());
  }

  @Test
  void neverShowsATruncationMarkFromAFeedBody() {
    String feedBody =
        "About 80 residents of Block 412 in Jurong West left their homes early on Tuesday after a"
            + " fire broke out in a ninth-floor kitchen. Two people were taken to hospital for smoke"
            + " inhalation, and the kitchen of the flat was [&hellip;]\n\n"
            + "The post Fire in Jurong West flat appeared first on Example News.";

    String summary =
        summarizer.summarize(
            new SummaryRequest("Fire in Jurong West flat", "", feedBody.replace("&hellip;", "…")));

    assertEquals(
        "About 80 residents of Block 412 in Jurong West left their homes early on Tuesday after a"
            + " fire broke out in a ninth-floor kitchen.",
        summary);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
