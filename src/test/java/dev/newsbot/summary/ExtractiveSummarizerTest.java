package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {
  /** A lead whose trailing clause the English rule may drop. */
  private static final String TERMINAL_LEAD =
      "The harbour board approved a new ferry terminal at Pasir Quay on Monday, which will"
          + " replace the wooden jetty that island commuters have used for generations.";

  private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();

  private static String paragraphs(String... ps) {
    return String.join("\n\n", ps);
  }

  /** What inspectors found at each pier: different news in every sentence. */
  private static final List<String> FINDINGS =
      List.of(
          "found rust on two mooring rings",
          "replaced a cracked timber beam",
          "logged loose railings near the ferry steps",
          "measured silt building up beside the crane",
          "repainted faded safety markings",
          "tested the fire hydrant and its hose",
          "cleared gulls' nests from the lamp posts",
          "noted worn rubber fenders on the east face",
          "checked the tide gauge against the chart",
          "reported a leaking fuel pipe to the operator",
          "tightened bolts on the gangway hinge",
          "photographed scour under the concrete deck",
          "counted twelve missing drain covers",
          "flagged a broken ladder for urgent repair",
          "sampled the water for oil traces",
          "closed a section after spotting subsidence",
          "fitted new lifebuoys at both ends",
          "found the camera pointing out to sea",
          "recorded vibration when lorries crossed",
          "approved the pier for heavy cargo again");

  /**
   * A long invented article: sentence k is about pier k + 1, each with its own finding (sentences
   * that only differed in a number would repeat each other, see {@link Restatement}).
   */
  private static String longArticle(int sentences) {
    return IntStream.range(0, sentences)
        .mapToObj(k -> "Inspectors at pier " + (k + 1) + " " + FINDINGS.get(k) + ".")
        .collect(Collectors.joining("\n\n"));
  }

  @Test
  void returnsAShortArticleWhole() {
    String text =
        paragraphs(
            "The library on Elm Street will close for repairs on Monday.", "It reopens in June.");

    assertEquals(
        "The library on Elm Street will close for repairs on Monday. It reopens in June.",
        summarizer.summarize(new SummaryRequest("Library closes", "", text)));
  }

  @Test
  void neverShowsASubheadingAsASentence() {
    String text =
        paragraphs(
            "The ferry operator cut two evening crossings on Sunday after dredging overran.",
            "## What happens to the evening commuters now?",
            "Islanders who work late said the cut left them a water taxi or a night in town.");

    assertEquals(
        "The ferry operator cut two evening crossings on Sunday after dredging overran."
            + " Islanders who work late said the cut left them a water taxi or a night in town.",
        summarizer.summarize(new SummaryRequest("Ferry timetable cut", "", text)));
  }

  @Test
  void showsAQuotationWithoutItsMarkAndNeverATableRow() {
    String text =
        paragraphs(
            "The ferry operator cut two evening crossings on Sunday after dredging overran.",
            "| Route 4 to the outer islands. The last crossing of the ferry now leaves the harbour"
                + " at nine in the evening. | 21:00",
            "> Islanders who work late said the cut left them a water taxi or a night in town.");

    assertEquals(
        "The ferry operator cut two evening crossings on Sunday after dredging overran."
            + " Islanders who work late said the cut left them a water taxi or a night in town.",
        summarizer.summarize(new SummaryRequest("Ferry timetable cut", "", text)));
  }

  @Test
  void returnsNothingForEmptyText() {
    assertEquals(
        "",
        summarizer.summarize(
            new SummaryRequest("A title", "A standfirst that is long enough.", "")));
  }

  @Test
  void returnsNothingForNavigationAndFurniture() {
    String text =
        paragraphs(
            "Home | World | Sport | Weather",
            "Subscribe to our newsletter",
            "Share this article",
            "© 2026 Example Media. All rights reserved.");

    assertEquals("", summarizer.summarize(new SummaryRequest("Example Media", "", text)));
  }

  @Test
  void returnsNothingForAnErrorPage() {
    String text =
        paragraphs(
            "404", "Sorry, the page you are looking for could not be found.", "Go back home");

    assertEquals("", summarizer.summarize(new SummaryRequest("Page not found", "", text)));
  }

  @Test
  void neverShowsBylinesDatelinesCreditsOrPromotions() {
    String text =
        paragraphs(
            "Follow us on Telegram for the latest updates: https://t.me/examplenews",
            "By Siti Rahmah and Daniel Koh",
            "Published: 12 March 2026, 9:05 AM",
            "A new hawker centre with 42 stalls will open in Bidadari next month, the authorities said on Tuesday.",
            "Photo: Housing Board",
            "It will be the first hawker centre in the estate, which has about 10,000 homes.",
            "Subscribe to our newsletter for the best stories of the week.",
            "Top image via Housing Board/Facebook");

    String summary =
        summarizer.summarize(new SummaryRequest("Bidadari gets hawker centre", "", text));

    assertEquals(
        "A new hawker centre with 42 stalls will open in Bidadari next month, the authorities said on Tuesday."
            + " It will be the first hawker centre in the estate, which has about 10,000 homes.",
        summary);
  }

  @Test
  void stripsAWireDateline() {
    String text =
        paragraphs(
            "LONDON (Reuters) - British retail sales rose 0.4% in May, official data showed on Friday.",
            "Economists had expected a fall.");

    assertEquals(
        "British retail sales rose 0.4% in May, official data showed on Friday. Economists had expected a fall.",
        summarizer.summarize(new SummaryRequest("UK retail sales rise", "", text)));
  }

  @Test
  void neverRepeatsTheTitle() {
    String text =
        paragraphs(
            "Dam reaches record level.",
            "The Kestrel dam reached its highest level on record on Sunday.",
            "Engineers said the structure was safe.");

    String summary = summarizer.summarize(new SummaryRequest("Dam reaches record level", "", text));

    assertEquals(
        "The Kestrel dam reached its highest level on record on Sunday. Engineers said the structure was safe.",
        summary);
  }

  @Test
  void stripsATitleGluedToTheFirstSentence() {
    String text =
        "Dam reaches record level The Kestrel dam reached its highest level on record on Sunday.";

    assertEquals(
        "The Kestrel dam reached its highest level on record on Sunday.",
        summarizer.summarize(new SummaryRequest("Dam reaches record level", "", text)));
  }

  @Test
  void leadsWithTheStandfirst() {
    String standfirst = "Pier inspections found cracks in three of the harbour's oldest piers";

    String summary =
        summarizer.summarize(
            new SummaryRequest("Harbour piers inspected", standfirst, longArticle(12)));

    assertTrue(summary.startsWith(standfirst + ". "), summary);
  }

  @Test
  void staysWithinTheBudget() {
    SummaryBudget budget = new SummaryBudget(2, 200);

    String summary =
        new ExtractiveSummarizer(budget)
            .summarize(new SummaryRequest("Piers", "", longArticle(20)));

    assertTrue(summary.length() <= 200, summary);
    assertEquals(2, new SentenceSplitter().split(summary).size(), summary);
  }

  @Test
  void keepsTheArticlesOrder() {
    String article = longArticle(15);
    List<String> sentences = new SentenceSplitter().split(article);

    List<String> picked =
        new SentenceSplitter()
            .split(summarizer.summarize(new SummaryRequest("Piers", "", article)));

    List<Integer> positions = picked.stream().map(sentences::indexOf).toList();
    assertFalse(positions.contains(-1), picked.toString());
    assertEquals(positions.stream().sorted().toList(), positions);
  }

  @Test
  void cutsASingleOverlongSentenceAtAWord() {
    String sentence =
        "The committee "
            + "reviewed the long list of proposals submitted by residents, ".repeat(12)
            + "and adjourned.";

    String summary =
        new ExtractiveSummarizer(new SummaryBudget(3, 120))
            .summarize(
                new SummaryRequest(
                    "", "", sentence + "\n\n" + sentence.replace("committee", "council")));

    assertTrue(summary.length() <= 120, summary);
    assertTrue(summary.endsWith("…"), summary);
    assertFalse(summary.endsWith(",…") || summary.endsWith(" …"), summary);
  }

  @Test
  void summarisesChineseWithoutSpaces() {
    String text =
        String.join(
            "",
            "暴雨导致市区多条道路积水，交通一度中断。",
            "气象台发布红色预警，提醒市民减少外出。",
            "地铁公司临时关闭了三个车站。",
            "消防部门出动两百多人参与救援。",
            "目前暂无人员伤亡报告。",
            "预计降雨将持续到周末。");

    String summary = summarizer.summarize(new SummaryRequest("暴雨袭城", "", text));

    assertTrue(summary.startsWith("暴雨导致市区多条道路积水，交通一度中断。"), summary);
    assertFalse(summary.contains(" "), summary);
    assertTrue(summary.length() <= SummaryBudget.DEFAULT.maxChars());
  }

  @Test
  void worksWithoutEnglishStopwords() {
    var plain = new ExtractiveSummarizer(SummaryBudget.DEFAULT, ScoringWeights.DEFAULT, Set.of());
    String text =
        paragraphs(
            "La ville de Lyon a inauguré samedi une nouvelle ligne de tramway de 12 kilomètres.",
            "La ligne T10 relie la gare de Vénissieux au centre de Saint-Fons en 25 minutes.",
            "Les travaux ont coûté 260 millions d'euros et ont duré trois ans.",
            "Le maire a salué un projet attendu depuis longtemps par les habitants.",
            "Des concerts gratuits ont été organisés le long du parcours.",
            "La fréquentation attendue est de 25 000 voyageurs par jour.");

    String summary = plain.summarize(new SummaryRequest("Lyon inaugure la ligne T10", "", text));

    assertTrue(summary.startsWith("La ville de Lyon a inauguré samedi"), summary);
  }

  @Test
  void keepsTheLeadWithoutItsTrailingClauseWhenTheWholeSentenceDoesNotFit() {
    String text =
        paragraphs(
            TERMINAL_LEAD,
            "Construction of the two-storey terminal building and its covered walkways is due to"
                + " begin in March and take about eighteen months to finish.",
            "Ferries will keep running from the old jetty while the work goes on.");
    ExtractiveSummarizer oneSentence = new ExtractiveSummarizer(new SummaryBudget(1, 120));

    assertEquals(
        "The harbour board approved a new ferry terminal at Pasir Quay on Monday.",
        oneSentence.summarize(new SummaryRequest("New ferry terminal approved", "", text)));
  }

  @Test
  void neverShowsASentenceThatPointsBackWithoutTheOneBeforeIt() {
    String text =
        paragraphs(
            "The harbour board approved a new ferry terminal at Pasir Quay on Monday after a"
                + " two-year review of island transport.",
            "Construction of the terminal building and its covered walkways is due to begin in"
                + " March.",
            "The board's chairman, Mr Lim Boon Keng, has led the review since it began and chaired"
                + " eleven public hearings across the islands over the past two years.",
            "He said the new ferry terminal would cut waiting times for the 4,000 daily ferry"
                + " passengers at Pasir Quay by half.",
            "Ferries will keep running from the old wooden jetty while the work goes on.",
            "Residents of the islands have long complained about crowded boats at weekends.",
            "A second phase, with a bus interchange beside the terminal, will be studied next"
                + " year.");

    String summary =
        summarizer.summarize(
            new SummaryRequest("Ferry terminal approved for Pasir Quay", "", text));

    assertTrue(
        !summary.contains("He said") || summary.contains("Mr Lim Boon Keng, has led"), summary);
  }

  @Test
  void neverTrimsASentenceOfAnArticleThatIsNotEnglish() {
    // A Malay article quoting an English statement, which has a clause the English rule would drop.
    // No sentence fits the budget whole, so an English article would show the statement trimmed.
    String text =
        paragraphs(
            TERMINAL_LEAD,
            "Kenyataan itu dikeluarkan oleh lembaga pelabuhan selepas mesyuarat tahunannya di"
                + " pejabat utama di tengah bandar, yang turut dihadiri wakil penduduk pulau.",
            "Kerja-kerja pembinaan bangunan baharu dan laluan berbumbung dijangka bermula pada"
                + " bulan Mac dan mengambil masa kira-kira lapan belas bulan untuk disiapkan.",
            "Feri akan terus beroperasi dari jeti lama sepanjang tempoh kerja-kerja pembinaan"
                + " itu, walaupun jadual perjalanan mungkin berubah pada waktu puncak.",
            "Penduduk pulau sudah lama mengadu tentang bot yang sesak pada hujung minggu dan cuti"
                + " sekolah, terutamanya apabila cuaca buruk melanda kawasan pantai.");
    ExtractiveSummarizer oneSentence = new ExtractiveSummarizer(new SummaryBudget(1, 140));

    String summary =
        oneSentence.summarize(new SummaryRequest("Terminal feri Pasir Quay diluluskan", "", text));

    assertNotEquals(
        "The harbour board approved a new ferry terminal at Pasir Quay on Monday.", summary);
    assertTrue(summary.endsWith("…"), summary);
  }

  @Test
  void letsASentenceOfAnArticleThatIsNotEnglishStandWithoutTheOneBeforeIt() {
    // German "So viele ... wie nie" is "as many ... as never before", not English "So, ..."
    String text =
        paragraphs(
            "Ein Warnstreik der Lokführergewerkschaft hat am Montag große Teile des"
                + " Regionalverkehrs in Bayern zum Erliegen gebracht.",
            "Die Gewerkschaft fordert mehr Lohn und eine kürzere Wochenarbeitszeit.",
            "So viele Pendler wie nie zuvor standen am Montagmorgen in München vergeblich an den"
                + " Bahnsteigen, weil der Streik fast alle S-Bahnen stoppte.",
            "Die Bahn nannte den Streik unverhältnismäßig.",
            "Die nächste Verhandlungsrunde ist für Donnerstag in Frankfurt angesetzt.");

    String summary =
        new ExtractiveSummarizer(new SummaryBudget(1, 380))
            .summarize(
                new SummaryRequest(
                    "Streik: So viele Pendler wie nie standen in München am Bahnsteig", "", text));

    assertTrue(summary.startsWith("So viele Pendler wie nie zuvor"), summary);
  }
}
