package dev.newsbot.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One chat that gets an article, and when.
 *
 * @param notBefore the push waits until then (the end of the chat's quiet hours), or null for now
 * @param held true when the article waits for the chat's digest instead of being pushed
 */
public record Recipient(ChatId chat, Instant notBefore, boolean held) {
  public Recipient {
    Objects.requireNonNull(chat, "chat == null");
  }

  /** Pushed at once. */
  public static Recipient now(ChatId chat) {
    return new Recipient(chat, null, false);
  }

  /** Each of {@code chats}, pushed at once. */
  public static List<Recipient> now(List<ChatId> chats) {
    return chats.stream().map(Recipient::now).toList();
  }
}
