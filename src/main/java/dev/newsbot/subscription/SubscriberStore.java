package dev.newsbot.subscription;

/** The chats subscribed to pushes. */
public interface SubscriberStore {
  /**
   * Subscribes a chat, or reactivates one that had stopped or blocked the bot.
   *
   * @return false when the chat was subscribed already
   */
  boolean subscribe(ChatId chat);

  /**
   * Stops pushes to a chat at its own request.
   *
   * @return false when it was not subscribed
   */
  boolean unsubscribe(ChatId chat);

  /** Stops pushes to a chat that can no longer be reached (blocked the bot, deleted, kicked). */
  void deactivate(ChatId chat, String reason);

  /** Moves a subscription to the chat's new id after a group became a supergroup. */
  void migrate(ChatId from, ChatId to);

  /** Sends the chat's pushes to forum topic {@code thread} (0: the chat itself). */
  void pushTo(ChatId chat, int thread);

  /** The forum topic the chat's pushes go to, or 0 for the chat itself. */
  int pushThread(ChatId chat);

  /** Whether the chat receives pushes. */
  boolean isActive(ChatId chat);
}
