package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleChooserTest {
  @Test
  void stripsTheSiteNameSuffix() {
    assertEquals("Ferry timetable cut", TitleChooser.stripSite("Ferry timetable cut | Harbour Times", "Harbour Times", ""));
    assertEquals("Ferry timetable cut", TitleChooser.stripSite("Ferry timetable cut - Harbour Times", "", "www.harbourtimes.example"));
  }

  @Test
  void stripsASiteNamePrefix() {
    assertEquals("Ferry timetable cut", TitleChooser.stripSite("Harbour Times » Ferry timetable cut", "Harbour Times", ""));
  }

  @Test
  void keepsADashThatIsPartOfTheHeadline() {
    assertEquals("Barcamp 2015 – Call for Action",
        TitleChooser.stripSite("Barcamp 2015 – Call for Action", "Campus Notes", "notes.example"));
  }
}
