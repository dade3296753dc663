package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.time.Instant;
import java.util.List;

/**
 * Deliveries waiting to be sent. Rows move pending, then sending, then sent or failed; a row left in
 * sending by a crash goes back to pending at the next start.
 */
public interface Outbox {
  /** Marks up to {@code limit} pending deliveries due at {@code now} as sending, oldest first. */
  List<Delivery> claimDue(Instant now, int limit);

  void markSent(long deliveryId, Instant at);

  /** Puts a delivery back to pending, to be tried again at {@code next}. */
  void retryAt(long deliveryId, Instant next, String error);

  void markFailed(long deliveryId, String error);

  /** Sends a delivery to the chat's new id after a group migrated. */
  void retarget(long deliveryId, ChatId newChat);

  /** Returns every delivery left in sending to pending; called at start-up. */
  int releaseClaims();
}
