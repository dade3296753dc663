package dev.newsbot.subscription;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Each chat's keyword filters. */
public interface FilterStore {
  /** The chat's filters, in the order they were added. */
  List<Filter> of(ChatId chat);

  /** The filters of each of {@code chats} that has any. */
  Map<ChatId, List<Filter>> of(Collection<ChatId> chats);

  /**
   * Adds or replaces (a word is either + or -) a filter.
   *
   * @return false when the chat had exactly this filter already
   */
  boolean add(ChatId chat, Filter filter);

  /** Removes all of the chat's filters; returns how many there were. */
  int clear(ChatId chat);
}
