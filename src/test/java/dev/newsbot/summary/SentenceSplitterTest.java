package dev.newsbot.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text);
  }

  @Test
  void splitsAtFullStopsQuestionAndExclamationMarks() {
    assertEquals(
        List.of("The tide rose.", "Did the wall hold?", "It did!", "Residents cheered."),
        split("The tide rose. Did the wall hold? It did! Residents cheered."));
  }

  @Test
  void keepsTitlesBeforeNamesInsideTheSentence() {
    assertEquals(
        List.of("Mr. Lim met Dr. Okafor and Prof. Haas at St. Andrew's.", "They agreed."),
        split("Mr. Lim met Dr. Okafor and Prof. Haas at St. Andrew's. They agreed."));
  }

  @Test
  void keepsDottedAbbreviationBeforeAName() {
    assertEquals(
        List.of("The U.S. Navy sent two ships to the strait.", "They arrived on Friday."),
        split("The U.S. Navy sent two ships to the strait. They arrived on Friday."));
  }

  @Test
  void splitsAfterDottedAbbreviationWhenASentenceOpenerFollows() {
    assertEquals(
        List.of("The firm opened an office in the U.S.", "The launch was delayed."),
        split("The firm opened an office in the U.S. The launch was delayed."));
  }

  @Test
  void keepsTimeAbbreviationsInsideTheSentence() {
    assertEquals(
        List.of("The polls open at 8 a.m. and close at 8 p.m. on Saturday."),
        split("The polls open at 8 a.m. and close at 8 p.m. on Saturday."));
  }

  @Test
  void splitsAfterTimeAbbreviationWhenASentenceOpenerFollows() {
    assertEquals(
        List.of("The train left at 9 a.m.", "It was full."),
        split("The train left at 9 a.m. It was full."));
  }

  @Test
  void keepsMonthAbbreviationBeforeADate() {
    assertEquals(
        List.of("The law takes effect on Jan. 15 next year."),
        split("The law takes effect on Jan. 15 next year."));
  }

  @Test
  void keepsLatinAbbreviationsWhateverFollows() {
    assertEquals(
        List.of("Some cities, e.g. Lisbon and Porto, cap rents."),
        split("Some cities, e.g. Lisbon and Porto, cap rents."));
  }

  @Test
  void keepsNumberAbbreviationBeforeANumber() {
    assertEquals(
        List.of("She lives at No. 12 Harbour Road."), split("She lives at No. 12 Harbour Road."));
  }

  @Test
  void keepsCurrencyAndDecimalsWhole() {
    assertEquals(
        List.of(
            "Fares rise from S$1.35 to S$1.42, a 5.2 per cent increase.",
            "The fund holds US$1 trillion."),
        split(
            "Fares rise from S$1.35 to S$1.42, a 5.2 per cent increase. The fund holds US$1 trillion."));
  }

  @Test
  void keepsInitialsTogether() {
    assertEquals(
        List.of("A first edition signed by J. K. Rowling sold for £9,000."),
        split("A first edition signed by J. K. Rowling sold for £9,000."));
  }

  @Test
  void endsTheSentenceAfterThePronounI() {
    assertEquals(
        List.of("My brother voted and so did I.", "Then we went home."),
        split("My brother voted and so did I. Then we went home."));
  }

  @Test
  void endsASentenceInsideAClosingQuote() {
    assertEquals(
        List.of("\"We will rebuild.\"", "The mayor left the stage."),
        split("\"We will rebuild.\" The mayor left the stage."));
  }

  @Test
  void endsASentenceInsideCurlyQuotes() {
    assertEquals(
        List.of("She said: “It is over.”", "Nobody replied."),
        split("She said: “It is over.” Nobody replied."));
  }

  @Test
  void keepsAQuotedQuestionWithItsAttribution() {
    assertEquals(
        List.of("\"Is the bridge safe?\" she asked.", "Engineers said yes."),
        split("\"Is the bridge safe?\" she asked. Engineers said yes."));
  }

  @Test
  void endsASentenceInsideAClosingBracket() {
    assertEquals(
        List.of("The vote was close.", "(Two members abstained.)", "The bill passed."),
        split("The vote was close. (Two members abstained.) The bill passed."));
  }

  @Test
  void splitsAtAnEllipsisBeforeACapital() {
    assertEquals(
        List.of("We waited...", "Nothing happened…", "The lights came on."),
        split("We waited... Nothing happened… The lights came on."));
  }

  @Test
  void keepsAnEllipsisBeforeLowerCase() {
    assertEquals(
        List.of("He paused... and then signed the deal."),
        split("He paused... and then signed the deal."));
  }

  @Test
  void splitsBeforeASentenceThatStartsWithANumber() {
    assertEquals(
        List.of("Sales fell in 2023.", "2024 was better."),
        split("Sales fell in 2023. 2024 was better."));
  }

  @Test
  void splitsChineseAtFullStopsWithoutSpaces() {
    assertEquals(
        List.of("今天下午，市中心发生火灾。", "消防员迅速赶到现场！", "有人受伤吗？", "没有人受伤。"),
        split("今天下午，市中心发生火灾。消防员迅速赶到现场！有人受伤吗？没有人受伤。"));
  }

  @Test
  void keepsAClosingCornerBracketWithItsChineseSentence() {
    assertEquals(List.of("他说：「我们会重建。」", "市长随后离开。"), split("他说：「我们会重建。」市长随后离开。"));
  }

  @Test
  void splitsJapaneseAtFullStops() {
    assertEquals(List.of("東京で地震がありました。", "被害はありません。"), split("東京で地震がありました。被害はありません。"));
  }

  @Test
  void splitsOtherSpaceSeparatedLanguages() {
    assertEquals(
        List.of("Der Zug kam zwei Stunden zu spät.", "Die Fahrgäste warteten geduldig."),
        split("Der Zug kam zwei Stunden zu spät. Die Fahrgäste warteten geduldig."));
  }

  @Test
  void splitsHindiAtTheDanda() {
    assertEquals(
        List.of("बारिश शुरू हो गई।", "सड़कें खाली हैं।"),
        split("बारिश शुरू हो गई। सड़कें खाली हैं।"));
  }

  @Test
  void endsASentenceAtABlankLine() {
    assertEquals(
        List.of("Flood warning for the east coast", "Heavy rain is expected tonight."),
        split("Flood warning for the east coast\n\nHeavy rain is expected tonight."));
  }

  @Test
  void joinsLinesWrappedWithinAParagraph() {
    assertEquals(
        List.of("Heavy rain is expected tonight across the east coast."),
        split("Heavy rain is expected\ntonight across the east coast."));
  }

  @Test
  void dropsAStrayClosingQuoteLeftByRetokenisedText() {
    assertEquals(
        List.of("He called it 'a great goal.", "The club agreed."),
        split("He called it 'a great goal. ' The club agreed."));
  }

  @Test
  void returnsNothingForBlankText() {
    assertEquals(List.of(), split(" \n\n \t "));
  }
}
