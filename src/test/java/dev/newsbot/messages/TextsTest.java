package dev.newsbot.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {
  private final Texts texts = Texts.english();

  @Test
  void fillsPlaceholdersEscapingTextButNotHtml() {
    assertEquals(
        "There is no source 'a&lt;b'. Send /sources to see their ids.",
        texts.get("sources.unknown", "a<b"));
    assertEquals(
        "There is no source '<i>x</i>'. Send /sources to see their ids.",
        texts.get("sources.unknown", new Texts.Html("<i>x</i>")));
  }

  @Test
  void saysWhichKeyIsMissing() {
    assertEquals(
        "no text 'no.such.key' in the message catalogue",
        assertThrows(IllegalArgumentException.class, () -> texts.get("no.such.key")).getMessage());
  }

  /** Every literal key the code asks for is in the catalogue, so no reply fails at run time. */
  @Test
  void hasEveryKeyTheCodeUses() throws IOException {
    Pattern call = Pattern.compile("texts\\.get\\(\\s*\"([a-zA-Z.]*[a-zA-Z])\"");
    Pattern keyLiteral =
        Pattern.compile(
            "\"((?:link|add|button|sources|filter|search|command)\\.[a-zA-Z.]*[a-zA-Z])\"");
    List<String> missing = new ArrayList<>();
    int found = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        for (Pattern p : List.of(call, keyLiteral)) {
          Matcher m = p.matcher(code);
          while (m.find()) {
            found++;
            if (!texts.has(m.group(1))) {
              missing.add(f.getFileName() + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertTrue(found > 50, "the scan finds the keys: " + found);
    assertEquals(List.of(), missing);
  }
}
