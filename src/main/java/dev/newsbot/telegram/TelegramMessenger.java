package dev.newsbot.telegram;

import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends messages through the Bot API and translates its answers into {@link SendResult}s. */
public final class TelegramMessenger implements Messenger {
  private final TelegramClient client;

  public TelegramMessenger(TelegramClient client) {
    this.client = client;
  }

  @Override
  public SendResult send(ChatId chat, OutgoingMessage message) {
    String parseMode = message.format() == OutgoingMessage.Format.HTML ? ParseMode.HTML : null;
    try {
      if (message.photo() != null) {
        client.execute(
            SendPhoto.builder()
                .chatId(chat.value())
                .photo(new InputFile(message.photo().toString()))
                .caption(message.text())
                .parseMode(parseMode)
                .build());
      } else {
        client.execute(
            SendMessage.builder()
                .chatId(chat.value())
                .text(message.text())
                .parseMode(parseMode)
                .linkPreviewOptions(
                    LinkPreviewOptions.builder().isDisabled(!message.linkPreview()).build())
                .build());
      }
      return new SendResult.Sent();
    } catch (TelegramApiRequestException e) {
      return translate(e);
    } catch (TelegramApiException e) {
      return new SendResult.Transient(describe(e));
    }
  }

  /** Maps the Bot API's error answer to what the sender should do about it. */
  static SendResult translate(TelegramApiRequestException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String description = e.getApiResponse() == null ? "error " + code : e.getApiResponse();
    ResponseParameters parameters = e.getParameters();
    if (parameters != null && parameters.getMigrateToChatId() != null) {
      return new SendResult.Migrated(new ChatId(parameters.getMigrateToChatId()));
    }
    if (code == 429) {
      int seconds =
          parameters != null && parameters.getRetryAfter() != null ? parameters.getRetryAfter() : 1;
      return new SendResult.RetryAfter(Duration.ofSeconds(Math.max(1, seconds)));
    }
    String lower = description.toLowerCase(Locale.ROOT);
    if (code == 403 || (code == 400 && lower.contains("chat not found"))) {
      return new SendResult.Blocked(description);
    }
    if (code >= 400 && code < 500) {
      return new SendResult.Rejected(description);
    }
    return new SendResult.Transient(code == 0 ? "unreadable answer from the Bot API" : description);
  }

  private static String describe(TelegramApiException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
