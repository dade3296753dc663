package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleChooserTest {
  private static final URI URL = URI.create("https://harbourtimes.example/news/ferry");

  @Test
  void stripsTheSiteNameSuffix() {
    assertEquals(
        "Ferry timetable cut",
        TitleChooser.stripSite("Ferry timetable cut | Harbour Times", "Harbour Times", ""));
    assertEquals(
        "Ferry timetable cut",
        TitleChooser.stripSite(
            "Ferry timetable cut - Harbour Times", "", "www.harbourtimes.example"));
  }

  @Test
  void stripsASiteNamePrefix() {
    assertEquals(
        "Ferry timetable cut",
        TitleChooser.stripSite("Harbour Times » Ferry timetable cut", "Harbour Times", ""));
  }

  @Test
  void keepsADashThatIsPartOfTheHeadline() {
    assertEquals(
        "Barcamp 2015 – Call for Action",
        TitleChooser.stripSite("Barcamp 2015 – Call for Action", "Campus Notes", "notes.example"));
  }

  @Test
  void stripsASiteNameThatHoldsASeparatorItself() {
    assertEquals(
        "Ten ways to pack a rucksack",
        TitleChooser.stripSite(
            "Ten ways to pack a rucksack - Trail Weekly - Walks, Gear and Maps",
            "Trail Weekly - Walks, Gear and Maps",
            ""));
  }

  @Test
  void keepsAPartThatHoldsTheSiteNameAmongMuchElse() {
    assertEquals(
        "Autumn walk on the ridge (2) @ Mira's Notebook :: Blogville",
        TitleChooser.stripSite(
            "Autumn walk on the ridge (2) @ Mira's Notebook :: Blogville", "Mira's Notebook", ""));
  }

  @Test
  void prefersTheHeadingSpellingOfTheSameWords() {
    PageMetadata meta =
        meta(List.of("Council Votes To Close The Old Pier"), "Council votes to close the old pier");
    assertEquals(
        "Council votes to close the old pier",
        TitleChooser.choose(meta, List.of(), List.of("Council votes to close the old pier"), URL));
  }

  @Test
  void keepsTheDeclaredSpellingWhenTheDocumentTitleRepeatsIt() {
    assertEquals(
        "Notes On Using Defer",
        chosen(
            List.of("Notes On Using Defer"),
            "Loose Ends: Notes On Using Defer",
            List.of("Notes On Using defer")));
  }

  @Test
  void ignoresAnAllCapitalsHeading() {
    assertEquals(
        "Plum and Almond Cake",
        chosen(
            List.of("Plum and Almond Cake"),
            "Plum and Almond Cake",
            List.of("PLUM AND ALMOND CAKE")));
  }

  @Test
  void prefersTheHeadingWhenTheDeclaredTitleAddsATrailingPart() {
    assertEquals(
        "Chapter 3: The Lighthouse",
        chosen(
            List.of("Chapter 3: The Lighthouse - Tales of the Shoals"),
            "",
            List.of("Chapter 3: The Lighthouse")));
  }

  @Test
  void prefersTheFullHeadingOverADeclaredTitleCutShort() {
    assertEquals(
        "Why the harbour master wants a second tug for the winter storms",
        chosen(
            List.of("Why the harbour master wants a second tug for the winter..."),
            "",
            List.of("Why the harbour master wants a second tug for the winter storms")));
  }

  @Test
  void prefersThePagesOneHeadingToADeclaredTitleItDoesNotShow() {
    assertEquals(
        "A newsroom run by its readers",
        chosen(
            List.of("About our newsroom - Harbour Times"),
            "About our newsroom - Harbour Times",
            List.of("A newsroom run by its readers")));
  }

  @Test
  void keepsTheDeclaredTitleWhenTheOneHeadingSharesNoWordWithIt() {
    assertEquals(
        "Ferry timetable cut for winter",
        chosen(
            List.of("Ferry timetable cut for winter"),
            "Ferry timetable cut for winter - Harbour Times",
            List.of("Sign up for the morning briefing")));
  }

  @Test
  void dropsTheSiteNameFromAChineseDocumentTitle() {
    assertEquals("宏茂桥巴士转换站下月起延长营业时间", chosen(List.of(), "宏茂桥巴士转换站下月起延长营业时间 | 海港时报", List.of()));
  }

  @Test
  void prefersTheOneChineseHeadingThatSharesCharactersWithTheDeclaredTitle() {
    assertEquals(
        "宏茂桥巴士转换站下月起延长营业时间", chosen(List.of("巴士转换站营业时间调整"), "", List.of("宏茂桥巴士转换站下月起延长营业时间")));
  }

  @Test
  void keepsTheDeclaredChineseTitleOverABannerHeading() {
    assertEquals("巴士转换站营业时间调整", chosen(List.of("巴士转换站营业时间调整"), "", List.of("订阅我们的每日新闻简报")));
  }

  @Test
  void keepsTheDeclaredJapaneseTitleOverABannerSharingOnlyKana() {
    assertEquals("新しい橋が来月完成します", chosen(List.of("新しい橋が来月完成します"), "", List.of("ニュースレターに登録します")));
  }

  @Test
  void keepsTheDeclaredTitleOverABannerSharingOnlyACommonWord() {
    assertEquals(
        "Living with diabetes on the outer islands",
        chosen(
            List.of("Living with diabetes on the outer islands"),
            "",
            List.of("Sign up for news with your email")));
  }

  @Test
  void dropsTheSiteNameFromAChineseTitleThatMixesInLatinWords() {
    assertEquals("苹果 iPhone 17 Pro 评测", chosen(List.of(), "苹果 iPhone 17 Pro 评测 | 海港时报", List.of()));
  }

  @Test
  void keepsTheDeclaredTitleWhenTheOneHeadingAddsASectionLabelToIt() {
    assertEquals(
        "Ferry timetable cut for winter",
        chosen(
            List.of("Ferry timetable cut for winter"),
            "",
            List.of("Local News | Ferry timetable cut for winter")));
  }

  @Test
  void keepsTheDeclaredTitleWhenThePageHasSeveralHeadings() {
    assertEquals(
        "Ferry timetable cut for winter",
        chosen(
            List.of("Ferry timetable cut for winter"),
            "",
            List.of("Most read this week", "Sign up for the morning briefing")));
  }

  @Test
  void dropsASeparatorLeftHangingByAnEmptyPart() {
    assertEquals("Harbour Times", chosen(List.of(), "Harbour Times -", List.of()));
    assertEquals("Ferry timetable cut", chosen(List.of("| Ferry timetable cut"), "", List.of()));
  }

  @Test
  void dropsAPermalinkMarkFromTheHeading() {
    assertEquals(
        "Installing the tide tables",
        chosen(
            List.of(),
            "Installing the tide tables — Almanac docs",
            List.of("Almanac docs", "Installing the tide tables¶")));
  }

  @Test
  void findsTheHeadlinePartOfTheDocumentTitleInAnH2() {
    PageMetadata meta =
        meta(List.of(), "Quiet Corner » Blog Archive » Why sourdough needs patience");
    assertEquals(
        "Why sourdough needs patience",
        TitleChooser.choose(
            meta, List.of("Quiet Corner"), List.of("Why sourdough needs patience"), URL));
  }

  @Test
  void prefersTheH1ThatRepeatsTheOgTitleOverTheJsonLdHeadline() {
    assertEquals(
        "Ferry fares rise as council balances the books",
        chosen(
            List.of(
                "Harbour ferry fares to rise by a fifth in spring, council confirms",
                "Ferry fares rise as council balances the books"),
            "Harbour ferry fares to rise by a fifth in spring, council confirms - Harbour Times",
            List.of("Ferry fares rise as council balances the books")));
  }

  @Test
  void prefersTheH1ThatRepeatsTheDocumentTitleWithoutTheSiteName() {
    assertEquals(
        "Transport: Night buses return to the valley after two years",
        chosen(
            List.of("Night buses return to the valley"),
            "Transport: Night buses return to the valley after two years | Harbour Times",
            List.of("Transport: Night buses return to the valley after two years")));
  }

  @Test
  void keepsTheDeclaredTitleWhenTheOnlyMatchingH1IsTheSiteName() {
    PageMetadata meta =
        new PageMetadata(
            List.of("Night buses return to the valley"),
            "Harbour Times",
            "Harbour Times",
            List.of(),
            List.of(),
            null,
            "",
            null,
            null,
            null,
            false,
            "");
    assertEquals(
        "Night buses return to the valley",
        TitleChooser.choose(meta, List.of("Harbour Times"), List.of(), URL));
  }

  /** The headline chosen for a page with these declared titles, {@code <title>} and h1s. */
  private static String chosen(List<String> titles, String documentTitle, List<String> h1s) {
    return TitleChooser.choose(meta(titles, documentTitle), h1s, List.of(), URL);
  }

  private static PageMetadata meta(List<String> titles, String documentTitle) {
    return new PageMetadata(
        titles, documentTitle, "", List.of(), List.of(), null, "", null, null, null, false, "");
  }
}
