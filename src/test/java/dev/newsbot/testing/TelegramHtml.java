package dev.newsbot.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message in Telegram's HTML parse mode as the Bot API does: only its tags, properly
 * nested, every other {@code <}, {@code >} and {@code &} escaped. Gives the visible text, or says
 * what Telegram would refuse it for.
 */
public final class TelegramHtml {
  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "a",
          "code",
          "pre",
          "blockquote",
          "tg-spoiler",
          "span",
          "tg-emoji");
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>");

  /** Telegram refused the text; the message is the API's description after "Bad Request: ". */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private TelegramHtml() {}

  /** The text a reader sees. */
  public static String visible(String html) throws Refused {
    StringBuilder out = new StringBuilder();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          throw new Refused("can't parse entities: Unclosed start tag at byte offset " + i);
        }
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name)) {
          throw new Refused(
              "can't parse entities: Unsupported start tag \"" + name + "\" at byte offset " + i);
        }
        if (m.group(1).isEmpty()) {
          if (name.equals("a") && !m.group(3).matches("\\s+href=\"[^\"]*\"\\s*")) {
            throw new Refused("can't parse entities: <a> needs an href at byte offset " + i);
          }
          open.push(name);
        } else if (open.isEmpty() || !open.pop().equals(name)) {
          throw new Refused(
              "can't parse entities: Unmatched end tag at byte offset "
                  + i
                  + ", expected \""
                  + name
                  + "\"");
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          throw new Refused(
              "can't parse entities: Can't find end of the entity starting at byte offset " + i);
        }
        out.append(decode(m.group(1)));
        i = m.end();
      } else if (c == '>') {
        throw new Refused("can't parse entities: Unexpected '>' at byte offset " + i);
      } else {
        out.append(c);
        i++;
      }
    }
    if (!open.isEmpty()) {
      throw new Refused(
          "can't parse entities: Can't find end tag corresponding to start tag \""
              + open.peek()
              + "\"");
    }
    return out.toString();
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "lt" -> "<";
      case "gt" -> ">";
      case "amp" -> "&";
      case "quot" -> "\"";
      default ->
          Character.toString(
              entity.startsWith("#x")
                  ? Integer.parseInt(entity.substring(2), 16)
                  : Integer.parseInt(entity.substring(1)));
    };
  }
}
