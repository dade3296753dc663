package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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

  @Test
  void showsATeaserThatRestatesTheLeadOnlyOnce() {
    String teaser = "The Kallang Bay hawker centre reopens on Saturday with 38 stalls.";

    String summary = summarizer.summarize(new SummaryRequest(HAWKER_TITLE, teaser, HAWKER_BODY));

    assertEquals(1, count(summary, "38 stalls"), summary);
  }

  @Test
  void showsAMetaDescriptionThatRestatesTheLeadOnlyOnce() {
    String description =
        "Kallang Bay hawker centre to reopen on Saturday with 38 stalls following renovation";

    String summary =
        summarizer.summarize(new SummaryRequest(HAWKER_TITLE, description, HAWKER_BODY));

    assertEquals(1, count(summary, "38 stalls"), summary);
  }

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

  @Test
  void keepsOneOfTwoBodySentencesThatSayTheSameThing() {
    String body =
        String.join(
            "\n\n",
            "Commuters on the North-East Line faced delays of up to 40 minutes on Wednesday morning"
                + " after a signalling fault near Serangoon station, the operator said.",
            "Commuters on the North-East Line were delayed on Wednesday morning by a signalling"
                + " fault near Serangoon.",
            "Free bus rides were offered between Punggol and Dhoby Ghaut while engineers worked on"
                + " the fault.",
            "Trains ran at reduced speed until about 9.30am, when full service resumed.",
            "The operator apologised and said it would review why the backup system did not take"
                + " over.",
            "It was the third disruption on the line this year.");

    String summary = summarizer.summarize(new SummaryRequest("NEL delays", "", body));

    assertEquals(1, count(summary, "Serangoon"), summary);
  }

  @Test
  void keepsOneOfTwoSentencesThatSayTheSameThingInAShortArticle() {
    String body =
        String.join(
            "\n\n",
            "The Bukit Timah library will close for three months from April 1 for repairs to its"
                + " roof.",
            "The library in Bukit Timah will close for three months from April 1 for roof repairs.",
            "Books can be returned at any other branch.");

    String summary = summarizer.summarize(new SummaryRequest("Library closes", "", body));

    assertEquals(1, count(summary, "April 1"), summary);
  }

  @Test
  void summarisesAChineseFeedItemInWholeSentencesWithinTheBudget() {
    String teaser = "滨海湾花园本周六起延长开放至晚上十一时。园方新增三场灯光表演，每晚[…]";
    String body =
        String.join(
            "\n\n",
            "滨海湾花园将从本周六起延长开放时间至晚上十一时，并新增三场灯光表演，以配合学校假期。",
            "园方表示，过去一年的游客人数比前年增加了约两成，周末晚间尤其拥挤。",
            "新的灯光表演每晚八时、九时和十时各一场，每场约十五分钟，公众可免费观看。",
            "园方也会增派工作人员维持秩序，并提醒游客尽量乘搭公共交通前往。",
            "一名经常带孩子来散步的居民说：“晚上凉快多了，延长开放对上班族很方便。”",
            "延长开放时间的安排将持续到明年一月底，之后再检讨是否继续。");

    String summary = summarizer.summarize(new SummaryRequest("滨海湾花园延长开放", teaser, body));

    List<String> whole = new ArrayList<>(splitter.split(body));
    whole.add("滨海湾花园本周六起延长开放至晚上十一时。");
    List<String> picked = splitter.split(summary);
    assertFalse(picked.isEmpty());
    assertTrue(picked.size() <= SummaryBudget.DEFAULT.maxSentences(), summary);
    assertTrue(summary.length() <= SummaryBudget.DEFAULT.maxChars(), summary);
    assertTrue(whole.containsAll(picked), summary);
    assertEquals(1, count(summary, "晚上十一时"), summary);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
