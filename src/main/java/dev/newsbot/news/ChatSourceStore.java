package dev.newsbot.news;

import java.util.List;
import java.util.Optional;

/** The sources chats added with /add, shared by every chat that adds the same address. */
public interface ChatSourceStore {
  /** Every source a chat added. */
  List<Source> all();

  /** The source stored under this id, if any. */
  Optional<Source> find(SourceId source);

  /** The source stored under this normalised address, if any. */
  Optional<Source> byUrlKey(String urlKey);

  /**
   * Stores a new source.
   *
   * @param urlKey the normalised address, which no two sources share
   * @param addedBy the chat that added it
   */
  void add(Source source, String urlKey, long addedBy);

  /** Forgets a source (its articles stay). */
  void remove(SourceId source);
}
