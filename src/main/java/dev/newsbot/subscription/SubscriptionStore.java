package dev.newsbot.subscription;

import dev.newsbot.news.SourceId;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Which sources each chat follows. */
public interface SubscriptionStore {
  /**
   * Makes {@code chat} follow {@code source}.
   *
   * @return false when it followed it already
   */
  boolean follow(ChatId chat, SourceId source);

  /**
   * Stops {@code chat} following {@code source}; its unsent pushes from it are dropped.
   *
   * @return false when it did not follow it
   */
  boolean unfollow(ChatId chat, SourceId source);

  /** The sources {@code chat} follows. */
  Set<SourceId> followed(ChatId chat);

  /** The active chats that follow {@code source}. */
  List<ChatId> followers(SourceId source);

  /** How many chats, active or not, follow {@code source}. */
  int followerCount(SourceId source);

  /**
   * Chats that subscribed before sources could be chosen follow {@code defaults}, once.
   *
   * @return how many chats were given the defaults
   */
  int adoptDefaults(Collection<SourceId> defaults);

  /** Records that the chat's sources are set, so that {@link #adoptDefaults} leaves it alone. */
  void markChosen(ChatId chat);
}
