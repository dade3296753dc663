package dev.newsbot.telegram;

import dev.newsbot.command.CommandHandler;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Receives updates from long polling and handles each on our own executor: commands get replies,
 * and a user who blocks the bot is unsubscribed at once. One bad update never stops the others.
 */
final class UpdateRouter implements LongPollingUpdateConsumer {
  private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

  private final CommandHandler commands;
  private final SubscriberStore subscribers;
  private final Messenger messenger;
  private final ExecutorService executor;
  private volatile String botUsername;

  UpdateRouter(
      CommandHandler commands,
      SubscriberStore subscribers,
      Messenger messenger,
      ExecutorService executor) {
    this.commands = commands;
    this.subscribers = subscribers;
    this.messenger = messenger;
    this.executor = executor;
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

  private void handleSafely(Update update) {
    try {
      handle(update);
    } catch (RuntimeException e) {
      log.error("Failed to handle update {}", update.getUpdateId(), e);
    }
  }

  private void handle(Update update) {
    if (update.hasMyChatMember()) {
      membership(update.getMyChatMember());
      return;
    }
    Message message = update.getMessage();
    if (message == null || !message.hasText()) {
      return;
    }
    ChatId chat = new ChatId(message.getChatId());
    Integer id = update.getUpdateId();
    commands
        .handle(chat, message.getText(), botUsername)
        .whenComplete(
            (reply, error) -> {
              if (error != null) {
                log.error("Failed to answer update {}", id, error);
              } else {
                reply.ifPresent(r -> send(chat, r));
              }
            });
  }

  private void send(ChatId chat, OutgoingMessage reply) {
    SendResult result = messenger.send(chat, reply);
    if (!(result instanceof SendResult.Sent)) {
      log.warn("Reply to chat {} was not sent: {}", chat, result);
    }
  }

  private void membership(ChatMemberUpdated change) {
    ChatId chat = new ChatId(change.getChat().getId());
    String status = change.getNewChatMember().getStatus();
    if ("kicked".equals(status) || "left".equals(status)) {
      subscribers.deactivate(chat, "bot " + status);
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
