package dev.newsbot.delivery;

import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deliveries waiting to be sent. A row is staged while the poll that found its article runs, then
 * pending; it moves from pending to sending when claimed, then to sent, to failed, or back to
 * pending for a retry; a row a crash left in sending goes back to pending at the next start, so
 * nothing is lost and only messages in flight at a crash may be sent twice.
 */
public interface Outbox {
  /** Pending deliveries due at {@code now}, oldest first; they stay pending until claimed. */
  List<Delivery> due(Instant now, int limit);

  /**
   * Moves pending deliveries to sending and counts an attempt for each, in one transaction.
   *
   * @return the ids claimed: those still pending
   */
  List<Long> claim(List<Long> deliveryIds);

  /** Marks deliveries sent, in one transaction. */
  void markSent(List<Long> deliveryIds, Instant at);

  /** Returns a claimed delivery not sent after all to pending, due at {@code next}, uncounted. */
  void handBack(long deliveryId, Instant next);

  /** Puts a delivery back to pending, to be tried again at {@code next}. */
  void retryAt(long deliveryId, Instant next, String error);

  void markFailed(long deliveryId, String error);

  /** Sends a delivery to the chat's new id after a group migrated. */
  void retarget(long deliveryId, ChatId newChat);

  /**
   * Returns to pending every delivery left in sending by an instance no longer alive (with one
   * instance: every one); called at start-up, and by each heartbeat when several share the outbox.
   */
  int releaseClaims();

  /**
   * Queues the deliveries a poll of {@code source} staged (when null: those that instances no
   * longer alive left staged, their polls cut short), applying the backlog rule on the way: a chat
   * with more articles queued than the outbox keeps gets only the newest, the newest noting how
   * many were left out. A poll stages its articles' deliveries and queues them when it ends, so
   * that the rule sees them together however slowly the poll fetched them.
   *
   * @return how many deliveries were skipped
   */
  int releaseStaged(SourceId source);

  /** The articles held for {@code chat}'s digest, oldest first (their deliveries' ids). */
  List<Delivery> heldForDigest(ChatId chat);

  /**
   * Turns the held deliveries into the chat's digest, in one transaction: each part becomes a
   * pending delivery due at {@code now} (in order), the other held ones are marked digested.
   *
   * @param held the deliveries the digest covers; at least as many as there are parts
   */
  void queueDigest(ChatId chat, List<Long> held, List<String> parts, Instant now);

  /**
   * A chat back on instant pushes gets what it had held for its digest, as a backlog (the rule of
   * {@link #releaseStaged} applies).
   */
  int releaseHeld(ChatId chat, Instant now);

  /**
   * Queues a notice from the bot's operators for every active chat.
   *
   * @return how many chats it is queued for
   */
  int queueNotice(String html, Instant now);

  /** The queue's size and the age of its oldest pending delivery. */
  Depth depth(Instant now);

  /** How much is waiting. */
  record Depth(long pending, Duration oldest) {}
}
