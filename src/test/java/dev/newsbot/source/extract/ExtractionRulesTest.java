package dev.newsbot.source.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionRulesTest {
  private static final String PAGE =
      "<html><head><title>Canal boats get a new winter mooring</title></head><body>"
          + "<h1>Canal boats get a new winter mooring</h1>"
          + "<div class=\"story\"><p>Boat owners on the northern canal will be able to moor below the lock gates"
          + " from November, after the trust agreed to open a stretch of bank that was closed for repairs.</p>"
          + "<p class=\"podcast-plug\">Hear more on this week's episode of our waterways show, out every Friday"
          + " morning wherever you get your audio, with guests from along the towpath.</p>"
          + "<p>The trust said the new moorings would take up to forty boats and would be free for the first"
          + " fortnight of any stay, with a small charge after that to cover water and waste.</p></div>"
          + "</body></html>";

  @Test
  void removesWhatTheSiteRuleSelects() {
    ArticleExtractor extractor =
        new ArticleExtractor(new ExtractionRules(List.of("p.podcast-plug")));
    String text =
        extractor
            .extract(PAGE, URI.create("https://canal.example/a"), ZoneOffset.UTC)
            .orElseThrow()
            .text();
    assertFalse(text.contains("waterways show"));
    assertTrue(text.contains("forty boats"));
  }

  @Test
  void rejectsAnInvalidSelectorAtConfigurationTime() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ExtractionRules(List.of("div[")));
    assertTrue(
        e.getMessage().startsWith("remove selector 'div[' is not valid CSS: "), e.getMessage());
  }

  @Test
  void rejectsABlankSelector() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ExtractionRules(List.of(" ")));
    assertEquals("remove selector is blank", e.getMessage());
  }
}
