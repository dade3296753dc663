package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.util.List;

/** What a button press needs beyond sending messages: an answer, and new buttons in place. */
public interface CallbackAnswers {
  /**
   * Answers a press, so that the user's client stops its spinner (and shows a note).
   *
   * @param callbackId Telegram's id of the press
   * @param text a short note shown to the user, or empty for none
   */
  void answer(String callbackId, String text);

  /** Replaces the buttons under message {@code messageId} of {@code chat}. */
  void editButtons(ChatId chat, int messageId, List<List<Button>> rows);
}
