package dev.newsbot.command;

/**
 * Telegram could not be asked about a channel (no connection, a 5xx, a flood wait): no answer, as
 * opposed to an answer that the channel does not exist or the bot is not its administrator.
 */
public final class ChannelsUnreachable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ChannelsUnreachable(String message, Throwable cause) {
    super(message, cause);
  }
}
