package dev.newsbot.cluster;

/**
 * The newest Telegram update this bot handled, kept where every instance sees it. Telegram confirms
 * an update only at the poller's next getUpdates; an instance that took over polling from one that
 * died in between starts after this offset, so that no command is answered twice, while an update
 * the dead one had not yet handled is delivered again if Telegram still holds it.
 */
public interface UpdateOffset {
  /** The id of the newest update taken lately (within the day Telegram keeps updates), or 0. */
  long last();

  /**
   * Updates up to {@code updateId} are handled; an older id than the one stored lately changes
   * nothing.
   */
  void taken(long updateId);
}
