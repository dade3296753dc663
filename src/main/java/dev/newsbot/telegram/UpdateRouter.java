package dev.newsbot.telegram;

import dev.newsbot.cluster.UpdateOffset;
import dev.newsbot.command.ButtonAnswer;
import dev.newsbot.command.ButtonPress;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.news.FullArticle;
import dev.newsbot.subscription.ChatId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Receives updates from long polling and handles each on our own executor: commands get replies,
 * button presses are answered (always, also when stale), and a user who blocks the bot is
 * unsubscribed at once. Replies go out through per-chat queues, so a chat that waits for its rate
 * slot holds up no other. One bad update never stops the others.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final TelegramBot.Handlers handlers;
  private final ExecutorService executor;
  private final UpdateOffset offset;
  private volatile String botUsername;

  UpdateRouter(TelegramBot.Handlers handlers, ExecutorService executor, UpdateOffset offset) {
    this.handlers = handlers;
    this.executor = executor;
    this.offset = offset;
  }

  void botUsername(String username) {
    this.botUsername = username;
  }

  @Override
  public void consume(List<Update> updates) {
    for (Update update : updates) {
      try {
        executor.execute(() -> handleSafely(update));
      } catch (RejectedExecutionException e) {
        // shutting down: Telegram delivers the update again after restart, as its offset was not
        // confirmed
        log.debug("Dropped update {} during shutdown", update.getUpdateId());
      }
    }
  }

  /** Handles one update, in the order received, then records it as handled. */
  private void handleSafely(Update update) {
    try {
      handle(update);
    } catch (RuntimeException e) {
      log.error("Failed to handle update {}", update.getUpdateId(), e);
    }
    try {
      offset.taken(update.getUpdateId());
    } catch (RuntimeException e) {
      // answered all the same; only a poller taking over now might answer it again
      log.warn("Cannot record update {} as handled: {}", update.getUpdateId(), e.getMessage());
    }
  }

  private void handle(Update update) {
    if (update.hasMyChatMember()) {
      membership(update.getMyChatMember());
      return;
    }
    if (update.hasCallbackQuery()) {
      press(update.getCallbackQuery());
      return;
    }
    Message message = update.getMessage();
    if (message == null || !message.hasText()) {
      return;
    }
    ChatId chat = new ChatId(message.getChatId());
    Integer id = update.getUpdateId();
    int topic = topic(message);
    CompletableFuture<Optional<OutgoingMessage>> answer =
        handlers
            .commands()
            .handle(
                chat,
                message.getFrom() == null ? 0 : message.getFrom().getId(),
                message.getText(),
                botUsername,
                language(message.getFrom()));
    if (!answer.isDone()) {
      handlers.callbacks().typing(chat, topic); // it fetches a page: say the bot is on it
    }
    answer.whenComplete(
        (reply, error) -> {
          if (error != null) {
            log.error("Failed to answer update {}", id, error);
          } else {
            if (topic != 0 && isStart(message.getText()) && reply.isPresent()) {
              handlers.subscribers().pushTo(chat, topic); // /start in a topic: pushes go there
            }
            reply.ifPresent(
                r -> handlers.queues().submit(chat, () -> send(chat, r.inThread(topic))));
          }
        });
  }

  private void press(CallbackQuery query) {
    MaybeInaccessibleMessage message = query.getMessage();
    if (message == null || message.getChatId() == null || message.getMessageId() == null) {
      handlers.callbacks().answer(query.getId(), ""); // not a message of ours to act on
      return;
    }
    ChatId chat = new ChatId(message.getChatId());
    int messageId = message.getMessageId();
    // an old message comes without its topic: pushes, the usual pressed message, go to this one
    int topic = message instanceof Message m ? topic(m) : handlers.subscribers().pushThread(chat);
    ButtonAnswer answer;
    try {
      answer =
          handlers
              .commands()
              .press(
                  new ButtonPress(
                      chat,
                      messageId,
                      query.getData(),
                      query.getFrom() == null ? 0 : query.getFrom().getId()),
                  language(query.getFrom()));
    } catch (RuntimeException e) {
      handlers.callbacks().answer(query.getId(), "");
      throw e;
    }
    handlers.callbacks().answer(query.getId(), answer.note());
    handlers
        .queues()
        .submit(
            chat,
            () -> {
              answer.edit().ifPresent(edit -> send(chat, edit.inThread(topic)));
              answer
                  .keyboard()
                  .ifPresent(rows -> handlers.callbacks().editButtons(chat, messageId, rows));
              answer
                  .read()
                  .ifPresent(
                      article ->
                          read(
                              chat,
                              topic,
                              article,
                              handlers.commands().language(chat, language(query.getFrom()))));
            });
  }

  /** The forum topic the message is in, or 0 when it is not in one. */
  private static int topic(Message message) {
    return Boolean.TRUE.equals(message.getIsTopicMessage()) && message.getMessageThreadId() != null
        ? message.getMessageThreadId()
        : 0;
  }

  private static boolean isStart(String text) {
    String first = text.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return first.equals("/start") || first.startsWith("/start@");
  }

  private static String language(User user) {
    return user == null ? null : user.getLanguageCode();
  }

  private void read(ChatId chat, int topic, FullArticle article, String language) {
    SendResult result =
        handlers.readHere().send(chat, article, handlers.renderers().apply(language), topic);
    if (!(result instanceof SendResult.Sent)) {
      log.warn(
          "Article {} was not sent whole to chat {}: {}", article.article().id(), chat, result);
    }
  }

  private void send(ChatId chat, OutgoingMessage reply) {
    SendResult result = handlers.replies().send(chat, reply);
    if (!(result instanceof SendResult.Sent)) {
      log.warn("Reply to chat {} was not sent: {}", chat, result);
    }
  }

  private void membership(ChatMemberUpdated change) {
    ChatId chat = new ChatId(change.getChat().getId());
    String status = change.getNewChatMember().getStatus();
    if ("kicked".equals(status) || "left".equals(status)) {
      handlers.subscribers().deactivate(chat, "bot " + status);
      log.info("Chat {} removed the bot ({}); unsubscribed it", chat, status);
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
