package dev.newsbot.telegram;

/** Telegram refused the bot token: the operator must fix TELEGRAM_BOT_TOKEN. */
public final class TokenRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  TokenRejectedException(String message) {
    super(message);
  }
}
