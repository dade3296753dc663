package dev.newsbot.command;

import dev.newsbot.delivery.Button;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.news.FullArticle;
import java.util.List;
import java.util.Optional;

/**
 * What a button press changes.
 *
 * @param note the short note the user's client shows, possibly empty
 * @param edit the pressed message's new text and buttons, if they change
 * @param keyboard the pressed message's new buttons only, if just they change
 * @param read the article to send in full into the chat, if any
 */
public record ButtonAnswer(
    String note,
    Optional<OutgoingMessage> edit,
    Optional<List<List<Button>>> keyboard,
    Optional<FullArticle> read) {
  static ButtonAnswer note(String note) {
    return new ButtonAnswer(note, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
