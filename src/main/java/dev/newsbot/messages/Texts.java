package dev.newsbot.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The message catalogue: every text the bot says to people, in Telegram's HTML, with numbered
 * placeholders ({@code {0}}, {@code {1}}). Arguments are escaped for HTML unless they are {@link
 * Html}; the catalogue's own markup is kept. There is one catalogue per language in {@link
 * #languages()}; a text missing from a translation is said in English.
 */
public final class Texts {
  /** An argument that is HTML already (a link, a formatted list), inserted as it is. */
  public record Html(String html) {
    public Html {
      Objects.requireNonNull(html, "html == null");
    }
  }

  private static final String ENGLISH = "en";
  private static final String CHINESE = "zh";

  /** Language codes that mean Simplified Chinese, lower case with {@code -}. */
  private static final Set<String> CHINESE_CODES = Set.of("zh", "zh-hans", "zh-cn", "zh-sg");

  private final Properties texts;
  private final String language;

  /** Where a text this catalogue lacks comes from; null for the English catalogue itself. */
  private final Texts fallback;

  private Texts(Properties texts, String language, Texts fallback) {
    this.texts = texts;
    this.language = language;
    this.fallback = fallback;
  }

  /** Loaded once, on first use; a holder per catalogue so one cannot break the other. */
  private static final class English {
    static final Texts TEXTS = load("messages/texts_en.properties");
  }

  private static final class Chinese {
    static final Texts TEXTS = load("messages/texts_zh.properties", CHINESE, English.TEXTS);
  }

  /** The English catalogue, {@code messages/texts_en.properties}. */
  public static Texts english() {
    return English.TEXTS;
  }

  /**
   * The catalogue for a language code as Telegram sends it ({@code language_code}, an IETF tag):
   * Simplified Chinese for {@code zh}, {@code zh-Hans}, {@code zh-CN} and {@code zh-SG} (any case,
   * {@code _} or {@code -}), English for anything else, null included.
   */
  public static Texts forLanguage(String languageCode) {
    if (languageCode != null
        && CHINESE_CODES.contains(languageCode.toLowerCase(Locale.ROOT).replace('_', '-'))) {
      return Chinese.TEXTS;
    }
    return english();
  }

  /** The codes of the catalogues there are, English first. */
  public static List<String> languages() {
    return List.of(ENGLISH, CHINESE);
  }

  /** This catalogue's language: {@code "en"} or {@code "zh"}. */
  public String language() {
    return language;
  }

  /** An English catalogue read from {@code resource}, with no fallback. */
  static Texts load(String resource) {
    return new Texts(read(resource), ENGLISH, null);
  }

  /** A catalogue read from {@code resource} that says what it lacks as {@code fallback} does. */
  static Texts load(String resource, String language, Texts fallback) {
    Objects.requireNonNull(fallback, "fallback == null");
    return new Texts(read(resource), language, fallback);
  }

  private static Properties read(String resource) {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message catalogue " + resource + " is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalogue " + resource, e);
    }
    return p;
  }

  /**
   * The template under {@code key}, from this catalogue or its fallback; null if neither has it.
   */
  private String template(String key) {
    String template = texts.getProperty(key);
    if (template == null && fallback != null) {
      return fallback.template(key);
    }
    return template;
  }

  /**
   * The text under {@code key} with its placeholders filled.
   *
   * @throws IllegalArgumentException for a key the catalogue lacks (a bug, found by the tests)
   */
  public String get(String key, Object... args) {
    String template = template(key);
    if (template == null) {
      throw new IllegalArgumentException("no text '" + key + "' in the message catalogue");
    }
    StringBuilder out = new StringBuilder(template.length() + 32);
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(template.substring(i + 1, close));
        if (n >= args.length) {
          throw new IllegalArgumentException("text '" + key + "' needs argument " + n);
        }
        out.append(render(args[n]));
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether the catalogue, or the one it falls back to, has a text under {@code key}. */
  public boolean has(String key) {
    return template(key) != null;
  }

  private static String render(Object arg) {
    if (arg instanceof Html html) {
      return html.html();
    }
    return escape(String.valueOf(arg));
  }

  /** Escapes text for Telegram's HTML parse mode, attributes included. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
