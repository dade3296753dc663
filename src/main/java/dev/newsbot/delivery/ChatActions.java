package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.util.List;

/**
 * What a chat is shown beyond messages: a button press's answer, new buttons in place, and
 * "typing…" while a slow reply is on its way.
 */
public interface ChatActions {
  /**
   * Answers a press, so that the user's client stops its spinner (and shows a note).
   *
   * @param callbackId Telegram's id of the press
   * @param text a short note shown to the user, or empty for none
   */
  void answer(String callbackId, String text);

  /** Replaces the buttons under message {@code messageId} of {@code chat}. */
  void editButtons(ChatId chat, int messageId, List<List<Button>> rows);

  /**
   * Shows "typing…" in {@code chat} (in forum topic {@code topic}, 0: none) for a few seconds, or
   * until the next message: a reply that fetches a page takes that long.
   */
  void typing(ChatId chat, int topic);
}
