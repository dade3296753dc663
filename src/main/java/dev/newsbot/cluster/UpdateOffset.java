package dev.newsbot.cluster;

/**
 * The newest Telegram update this bot took to answer, kept where every instance sees it. Telegram
 * confirms an update only at the poller's next getUpdates; an instance that took over polling from
 * one that died in between starts after this offset, so that no command is answered twice.
 */
public interface UpdateOffset {
  /** The id of the newest update taken, or 0 when none was. */
  long last();

  /** Updates up to {@code updateId} are taken; an older id than the stored one changes nothing. */
  void taken(long updateId);
}
