package dev.newsbot.logging;

import java.util.regex.Pattern;

/**
 * Masks Telegram bot tokens in text bound for a log or a terminal. A token reaches such text in a
 * Bot API URL ({@code /bot<token>/method}) or, rarely, on its own: a library's {@code toString}, a
 * server echoing the request, a mistyped line of {@code .env}.
 */
public final class TokenMask {
  /** In a URL: {@code bot}, the bot's id, a colon (or {@code %3A}), the secret. */
  private static final Pattern IN_URL = Pattern.compile("(?i)bot[0-9]+(?::|%3A)[a-z0-9_-]+");

  /**
   * On its own, shaped as BotFather issues them: an id of several digits, a colon, a secret of 35
   * letters, digits, '_' or '-'. Shorter secrets are not masked outside URLs, to spare times and
   * ports.
   */
  private static final Pattern BARE =
      Pattern.compile("(?<![A-Za-z0-9_-])[0-9]{5,}:[A-Za-z0-9_-]{30,}");

  private TokenMask() {}

  /** {@code text} with every token replaced by {@code <token>}; null stays null. */
  public static String mask(String text) {
    if (text == null || text.indexOf(':') < 0 && text.indexOf('%') < 0) {
      return text;
    }
    String masked = IN_URL.matcher(text).replaceAll("bot<token>");
    return BARE.matcher(masked).replaceAll("<token>");
  }
}
