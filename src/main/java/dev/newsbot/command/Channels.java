package dev.newsbot.command;

import dev.newsbot.subscription.ChatId;
import java.util.Optional;

/** What the bot can learn of a channel from Telegram. */
public interface Channels {
  // Each method throws ChannelsUnreachable when Telegram could not be asked.

  /** The channel's id, for its {@code @username} or its id written out; empty when unknown. */
  Optional<ChatId> resolve(String reference);

  /** Whether the bot may post there (it is one of the channel's administrators). */
  boolean botIsAdmin(ChatId channel);

  /** Whether {@code user} administers the channel. */
  boolean isAdmin(ChatId channel, long user);
}
