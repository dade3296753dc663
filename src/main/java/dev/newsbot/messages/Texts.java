package dev.newsbot.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * The message catalogue: every text the bot says to people, in Telegram's HTML, with numbered
 * placeholders ({@code {0}}, {@code {1}}). Arguments are escaped for HTML unless they are {@link
 * Html}; the catalogue's own markup is kept.
 */
public final class Texts {
  /** An argument that is HTML already (a link, a formatted list), inserted as it is. */
  public record Html(String html) {
    public Html {
      Objects.requireNonNull(html, "html == null");
    }
  }

  private final Properties texts;

  private Texts(Properties texts) {
    this.texts = texts;
  }

  /** The English catalogue, {@code messages/texts_en.properties}. */
  public static Texts english() {
    return load("messages/texts_en.properties");
  }

  static Texts load(String resource) {
    Properties p = new Properties();
    try (InputStream in = Texts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("message catalogue " + resource + " is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read message catalogue " + resource, e);
    }
    return new Texts(p);
  }

  /**
   * The text under {@code key} with its placeholders filled.
   *
   * @throws IllegalArgumentException for a key the catalogue lacks (a bug, found by the tests)
   */
  public String get(String key, Object... args) {
    String template = texts.getProperty(key);
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

  /** Whether the catalogue has a text under {@code key}. */
  public boolean has(String key) {
    return texts.containsKey(key);
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
