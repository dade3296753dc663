package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /start}: subscribes the chat and follows the default sources. */
final class StartCommand implements Command {
  private static final Logger log = LoggerFactory.getLogger(StartCommand.class);

  private final SubscriberStore subscribers;
  private final ChatSources sources;
  private final Texts texts;
  private final Supplier<String> help;
  private final java.util.function.LongFunction<Optional<OutgoingMessage>> article;

  /**
   * @param article the push of a stored article, for deep links from channels
   */
  StartCommand(
      SubscriberStore subscribers,
      ChatSources sources,
      Texts texts,
      Supplier<String> help,
      java.util.function.LongFunction<Optional<OutgoingMessage>> article) {
    this.subscribers = subscribers;
    this.sources = sources;
    this.texts = texts;
    this.help = help;
    this.article = article;
  }

  @Override
  public boolean changes(String argument) {
    return true;
  }

  @Override
  public String name() {
    return "start";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    boolean added = subscribers.subscribe(chat);
    if (added) {
      // the operator finds their own chat id here, for ADMIN_CHAT_IDS
      log.info("Chat {} subscribed", chat.value());
    }
    java.util.regex.Matcher deepLink =
        java.util.regex.Pattern.compile("read-(\\d{1,18})").matcher(argument.strip());
    if (deepLink.matches() && article != null) {
      // from a channel's "Read here": the article, with its buttons, in this private chat
      Optional<OutgoingMessage> push = article.apply(Long.parseLong(deepLink.group(1)));
      if (push.isPresent()) {
        if (added) {
          sources.defaults().forEach(s -> sources.follow(chat, s.id()));
        }
        return CompletableFuture.completedFuture(push);
      }
    }
    for (Source s : sources.defaults()) {
      sources.follow(chat, s.id());
    }
    List<SourceId> followed = sources.followed(chat);
    String names = followed.isEmpty() ? texts.get("start.none") : sources.names(followed);
    String first = texts.get(added ? "start.welcome" : "start.again", names);
    return Command.reply(first + "\n\n" + help.get());
  }
}
