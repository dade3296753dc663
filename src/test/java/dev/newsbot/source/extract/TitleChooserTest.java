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
    PageMetadata meta = meta(List.of("Notes On Using Defer"), "Loose Ends: Notes On Using Defer");
    assertEquals(
        "Notes On Using Defer",
        TitleChooser.choose(meta, List.of("Notes On Using defer"), List.of(), URL));
  }

  @Test
  void ignoresAnAllCapitalsHeading() {
    PageMetadata meta = meta(List.of("Plum and Almond Cake"), "Plum and Almond Cake");
    assertEquals(
        "Plum and Almond Cake",
        TitleChooser.choose(meta, List.of("PLUM AND ALMOND CAKE"), List.of(), URL));
  }

  @Test
  void prefersTheHeadingWhenTheDeclaredTitleAddsATrailingPart() {
    PageMetadata meta = meta(List.of("Chapter 3: The Lighthouse - Tales of the Shoals"), "");
    assertEquals(
        "Chapter 3: The Lighthouse",
        TitleChooser.choose(meta, List.of("Chapter 3: The Lighthouse"), List.of(), URL));
  }

  @Test
  void prefersTheFullHeadingOverADeclaredTitleCutShort() {
    PageMetadata meta =
        meta(List.of("Why the harbour master wants a second tug for the winter..."), "");
    assertEquals(
        "Why the harbour master wants a second tug for the winter storms",
        TitleChooser.choose(
            meta,
            List.of("Why the harbour master wants a second tug for the winter storms"),
            List.of(),
            URL));
  }

  @Test
  void prefersThePagesOneHeadingToADeclaredTitleItDoesNotShow() {
    PageMetadata meta = meta(List.of("What we do - Harbour Times"), "What we do - Harbour Times");
    assertEquals(
        "A newsroom run by its readers",
        TitleChooser.choose(meta, List.of("A newsroom run by its readers"), List.of(), URL));
  }

  @Test
  void keepsTheDeclaredTitleWhenTheOneHeadingAddsASectionLabelToIt() {
    PageMetadata meta = meta(List.of("Ferry timetable cut for winter"), "");
    assertEquals(
        "Ferry timetable cut for winter",
        TitleChooser.choose(
            meta, List.of("Local News | Ferry timetable cut for winter"), List.of(), URL));
  }

  @Test
  void keepsTheDeclaredTitleWhenThePageHasSeveralHeadings() {
    PageMetadata meta = meta(List.of("Ferry timetable cut for winter"), "");
    assertEquals(
        "Ferry timetable cut for winter",
        TitleChooser.choose(
            meta,
            List.of("Most read this week", "Sign up for the morning briefing"),
            List.of(),
            URL));
  }

  @Test
  void dropsAPermalinkMarkFromTheHeading() {
    PageMetadata meta = meta(List.of(), "Installing the tide tables — Almanac docs");
    assertEquals(
        "Installing the tide tables",
        TitleChooser.choose(
            meta, List.of("Almanac docs", "Installing the tide tables¶"), List.of(), URL));
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
    PageMetadata meta =
        meta(
            List.of(
                "Harbour ferry fares to rise by a fifth in spring, council confirms",
                "Ferry fares rise as council balances the books"),
            "Harbour ferry fares to rise by a fifth in spring, council confirms - Harbour Times");
    assertEquals(
        "Ferry fares rise as council balances the books",
        TitleChooser.choose(
            meta, List.of("Ferry fares rise as council balances the books"), List.of(), URL));
  }

  @Test
  void prefersTheH1ThatRepeatsTheDocumentTitleWithoutTheSiteName() {
    PageMetadata meta =
        meta(
            List.of("Night buses return to the valley"),
            "Transport: Night buses return to the valley after two years | Harbour Times");
    assertEquals(
        "Transport: Night buses return to the valley after two years",
        TitleChooser.choose(
            meta,
            List.of("Transport: Night buses return to the valley after two years"),
            List.of(),
            URL));
  }

  @Test
  void keepsTheDeclaredTitleWhenTheOnlyMatchingH1IsTheSiteName() {
    PageMetadata meta =
        new PageMetadata(
            List.of("Night buses return to the valley"),
            "Harbour Times",
            "Harbour Times",
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

  private static PageMetadata meta(List<String> titles, String documentTitle) {
    return new PageMetadata(
        titles, documentTitle, "", List.of(), null, "", null, null, null, false, "");
  }
}
