package dev.newsbot.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the Telegram Bot API.
 *
 * @param token the bot token; empty means console mode
 * @param apiUrl the Bot API server, {@code https://api.telegram.org} unless tests point elsewhere
 */
public record TelegramConfig(Optional<String> token, URI apiUrl) {
  public TelegramConfig {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(apiUrl, "apiUrl == null");
  }

  /** Never prints the token: records' default toString would. */
  @Override
  public String toString() {
    return "TelegramConfig[token="
        + (token.isPresent() ? "<set>" : "<none>")
        + ", apiUrl="
        + apiUrl
        + "]";
  }
}
