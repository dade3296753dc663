package dev.newsbot.news;

import dev.newsbot.subscription.ChatId;
import java.util.List;

/** The numbered list of articles each chat was shown last, so that /summary n finds entry n. */
public interface ShownLists {
  /** Remembers {@code articleIds}, in order, as the chat's list. */
  void save(ChatId chat, List<Long> articleIds);

  /** The chat's list, or empty when it was shown none. */
  List<Long> of(ChatId chat);
}
