package dev.newsbot.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Simplified Chinese catalogue matches the English one, and the choice of catalogue. */
class ChineseTextsTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  /**
   * The tags of Telegram's HTML parse mode; {@code <id>} or {@code <链接>} in a usage line is not
   * one.
   */
  private static final Pattern TAG =
      Pattern.compile(
          "<(/?)(b|strong|i|em|u|ins|s|strike|del|span|tg-spoiler|a|code|pre|blockquote|tg-emoji)"
              + "(\\s[^>]*)?>");

  private final Properties en = raw("messages/texts_en.properties");
  private final Properties zh = raw("messages/texts_zh.properties");

  /** A catalogue file as it is, without any fallback. */
  private static Properties raw(String resource) {
    Properties p = new Properties();
    try (InputStream in = ChineseTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + resource, e);
    }
    return p;
  }

  @Test
  void hasExactlyTheEnglishKeys() {
    Set<String> missing = new TreeSet<>(en.stringPropertyNames());
    missing.removeAll(zh.stringPropertyNames());
    Set<String> extra = new TreeSet<>(zh.stringPropertyNames());
    extra.removeAll(en.stringPropertyNames());
    assertEquals(Set.of(), missing, "keys in texts_en.properties but not in texts_zh.properties");
    assertEquals(Set.of(), extra, "keys in texts_zh.properties but not in texts_en.properties");
  }

  @Test
  void usesTheSamePlaceholdersAsEnglish() {
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(en.stringPropertyNames())) {
      Set<String> expected = placeholders(en.getProperty(key));
      Set<String> actual = placeholders(zh.getProperty(key, ""));
      if (!expected.equals(actual)) {
        wrong.add(key + ": en " + expected + ", zh " + actual);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void hasTheSameHtmlTagsAsEnglish() {
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(en.stringPropertyNames())) {
      Map<String, Long> expected = tags(en.getProperty(key));
      Map<String, Long> actual = tags(zh.getProperty(key, ""));
      if (!expected.equals(actual)) {
        wrong.add(key + ": en " + expected + ", zh " + actual);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void nestsItsHtmlTags() {
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(zh.stringPropertyNames())) {
      if (!nested(zh.getProperty(key))) {
        wrong.add(key + ": " + zh.getProperty(key));
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void keepsMenuDescriptionsShort() {
    List<String> tooLong = new ArrayList<>();
    for (String key : zh.stringPropertyNames()) {
      String text = zh.getProperty(key);
      if (key.startsWith("command.")
          && key.endsWith(".description")
          && (text.isBlank() || text.codePointCount(0, text.length()) > 60)) {
        tooLong.add(key + ": " + text);
      }
    }
    assertEquals(List.of(), tooLong);
  }

  @Test
  void usageLinesStartWithTheCommand() {
    List<String> wrong = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (key.startsWith("command.") && key.endsWith(".usage")) {
        String command = en.getProperty(key).split(" ")[0];
        String text = zh.getProperty(key, "");
        if (!text.equals(command) && !text.startsWith(command + " ")) {
          wrong.add(key + ": " + text);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  /** A file saved in another encoding would be read with replacement characters. */
  @Test
  void isReadableAsUtf8() {
    List<String> broken =
        zh.stringPropertyNames().stream()
            .filter(k -> zh.getProperty(k).indexOf('\uFFFD') >= 0)
            .sorted()
            .toList();
    assertEquals(List.of(), broken);
    assertEquals("<b>最新文章</b>", Texts.forLanguage("zh").get("latest.title"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zh", "ZH", "zh-hans", "zh-Hans", "zh_Hans", "zh-cn", "zh-CN", "zh_CN", "zh-sg", "zh-SG",
        "ZH_SG"
      })
  void choosesChineseFor(String code) {
    Texts texts = Texts.forLanguage(code);
    assertEquals("zh", texts.language());
    assertSame(Texts.forLanguage("zh"), texts);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en", "en-SG", "ms", "ta", "zh-TW", "zh-hant", "zhx", " zh"})
  void choosesEnglishFor(String code) {
    Texts texts = Texts.forLanguage(code);
    assertEquals("en", texts.language());
    assertSame(Texts.english(), texts);
  }

  @Test
  void choosesEnglishForNoLanguage() {
    assertSame(Texts.english(), Texts.forLanguage(null));
  }

  @Test
  void listsTheLanguagesThereAre() {
    assertEquals(List.of("en", "zh"), Texts.languages());
    for (String language : Texts.languages()) {
      assertEquals(language, Texts.forLanguage(language).language());
    }
  }

  @Test
  void fillsChinesePlaceholdersEscapingText() {
    assertEquals(
        "没有“a&lt;b”这个来源。发送 /sources 查看各来源的 id。",
        Texts.forLanguage("zh-SG").get("sources.unknown", "a<b"));
  }

  @Test
  void saysAMissingTranslationInEnglish() {
    Texts partial = Texts.load("messages/texts_partial_zh.properties", "zh", Texts.english());
    assertEquals("命令：", partial.get("help.title"));
    assertEquals("没有“x”这个来源。", partial.get("sources.unknown", "x"));
    assertTrue(partial.has("notCommand"));
    assertEquals(Texts.english().get("notCommand"), partial.get("notCommand"));
    assertEquals(
        Texts.english().get("subscribe.done", "Mothership"),
        partial.get("subscribe.done", "Mothership"));
  }

  @Test
  void saysWhichKeyNeitherCatalogueHas() {
    Texts partial = Texts.load("messages/texts_partial_zh.properties", "zh", Texts.english());
    assertFalse(partial.has("no.such.key"));
    assertEquals(
        "no text 'no.such.key' in the message catalogue",
        assertThrows(IllegalArgumentException.class, () -> partial.get("no.such.key"))
            .getMessage());
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static Map<String, Long> tags(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found.stream()
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  private static boolean nested(String text) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.push(m.group(2));
      } else if (!m.group(2).equals(open.poll())) {
        return false;
      }
    }
    return open.isEmpty();
  }
}
