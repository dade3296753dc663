package dev.newsbot.command;

import dev.newsbot.messages.Texts;

/** The optional count some commands take ({@code /latest 3}). */
final class Counts {
  private Counts() {}

  /** The count in {@code argument}, {@code fallback} when there is none; null when it is bad. */
  static Integer parse(String argument, int fallback, int max) {
    if (argument.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(argument);
      return n >= 1 && n <= max ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** What to say about a bad count. */
  static String bad(Texts texts, String command, String argument, int max, String whatKey) {
    return texts.get(
        "count.bad",
        new Texts.Html(Quote.of(argument)),
        max,
        command,
        new Texts.Html(texts.get(whatKey)));
  }
}
