package dev.newsbot.telegram;

import dev.newsbot.delivery.Button;
import dev.newsbot.delivery.ChatActions;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.RichMessage;
import dev.newsbot.delivery.RichMessenger;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.send.SendRichMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.media.InputMediaPhoto;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.api.objects.richtext.InputRichMessage;
import org.telegram.telegrambots.meta.api.objects.richtext.InputRichMessageMedia;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Sends messages through the Bot API and translates its answers into {@link SendResult}s. */
public final class TelegramMessenger implements Messenger, RichMessenger, ChatActions {
  private static final Logger log = LoggerFactory.getLogger(TelegramMessenger.class);

  /**
   * How a server without a method or field says so, beyond a 404: "Bad Request: unknown method",
   * "Bad Request: field \"rich_message\" is not supported".
   */
  private static final Pattern UNKNOWN =
      Pattern.compile(
          "\\b(method|field|parameter)\\b.*\\b(unknown|unsupported|not supported|not found)\\b"
              + "|\\b(unknown|unsupported|unrecognized)\\b.*\\b(method|field|parameter)\\b");

  private final TelegramClient client;

  /** True to send as paid broadcasts; null leaves the field out of the request. */
  private final Boolean paidBroadcast;

  public TelegramMessenger(TelegramClient client) {
    this(client, false);
  }

  /**
   * The HTTP client for a Telegram client whose sends a {@link TelegramMessenger} makes: it tells
   * {@code onWire} as each paced send's request starts going out (see {@link WireStamps}).
   */
  public static OkHttpClient stamping(OkHttpClient http, Runnable onWire) {
    return http.newBuilder().eventListenerFactory(new WireStamps(onWire)).build();
  }

  /**
   * @param paidBroadcast whether new messages are sent with {@code allow_paid_broadcast}: for the
   *     pushes of a bot configured with {@code paid_broadcast}, never for replies
   */
  public TelegramMessenger(TelegramClient client, boolean paidBroadcast) {
    this.client = client;
    this.paidBroadcast = paidBroadcast ? Boolean.TRUE : null;
  }

  /** Channels, as Telegram knows them. */
  public dev.newsbot.command.Channels channels() {
    return new TelegramChannels(client);
  }

  private volatile String botName;

  /** The bot's @username (asked of Telegram once), or null while Telegram cannot be reached. */
  public String botName() {
    if (botName == null) {
      try {
        botName =
            client.execute(new org.telegram.telegrambots.meta.api.methods.GetMe()).getUserName();
      } catch (TelegramApiException e) {
        log.debug("Could not ask Telegram for the bot's name: {}", e.getMessage());
      }
    }
    return botName;
  }

  /** Who administers a group, asked of Telegram and remembered for a few minutes. */
  public dev.newsbot.command.Admins admins() {
    return new ChatAdmins(client);
  }

  @Override
  public SendResult send(ChatId chat, OutgoingMessage message) {
    String parseMode = message.format() == OutgoingMessage.Format.HTML ? ParseMode.HTML : null;
    InlineKeyboardMarkup keyboard = keyboard(message.buttons());
    try {
      if (message.edits() != 0) {
        client.execute(
            EditMessageText.builder()
                .chatId(chat.value())
                .messageId(message.edits())
                .text(message.text())
                .parseMode(parseMode)
                .replyMarkup(keyboard)
                .linkPreviewOptions(
                    LinkPreviewOptions.builder().isDisabled(!message.linkPreview()).build())
                .build());
      } else if (message.photo() != null) {
        client.execute(
            SendPhoto.builder()
                .chatId(chat.value())
                .photo(new InputFile(message.photo().toString()))
                .caption(message.text())
                .parseMode(parseMode)
                .replyMarkup(keyboard)
                .messageThreadId(thread(message))
                .allowPaidBroadcast(paidBroadcast)
                .build());
      } else {
        client.execute(
            SendMessage.builder()
                .chatId(chat.value())
                .text(message.text())
                .parseMode(parseMode)
                .replyMarkup(keyboard)
                .messageThreadId(thread(message))
                .allowPaidBroadcast(paidBroadcast)
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

  private static Integer thread(OutgoingMessage message) {
    return message.thread() == 0 ? null : message.thread();
  }

  @Override
  public void answer(String callbackId, String text) {
    try {
      client.execute(
          AnswerCallbackQuery.builder()
              .callbackQueryId(callbackId)
              .text(text.isEmpty() ? null : text)
              .build());
    } catch (TelegramApiException e) {
      // A press left unanswered only spins on the user's screen for a while; nothing to retry.
      log.debug("Could not answer a button press: {}", e.getMessage());
    }
  }

  @Override
  public void typing(ChatId chat, int topic) {
    try {
      client.execute(
          SendChatAction.builder()
              .chatId(chat.value())
              .action(ActionType.TYPING.toString())
              .messageThreadId(topic == 0 ? null : topic)
              .build());
    } catch (TelegramApiException e) {
      log.debug("Could not show typing in chat {}: {}", chat, e.getMessage()); // only a courtesy
    }
  }

  @Override
  public void editButtons(ChatId chat, int messageId, List<List<Button>> rows) {
    try {
      client.execute(
          EditMessageReplyMarkup.builder()
              .chatId(chat.value())
              .messageId(messageId)
              .replyMarkup(keyboard(rows))
              .build());
    } catch (TelegramApiException e) {
      log.debug(
          "Could not change the buttons of message {} in chat {}: {}",
          messageId,
          chat,
          e.getMessage());
    }
  }

  private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
    if (rows.isEmpty()) {
      return null;
    }
    List<InlineKeyboardRow> out = new ArrayList<>();
    for (List<Button> row : rows) {
      InlineKeyboardRow r = new InlineKeyboardRow();
      for (Button b : row) {
        r.add(
            b.url() != null
                ? InlineKeyboardButton.builder().text(b.text()).url(b.url().toString()).build()
                : InlineKeyboardButton.builder().text(b.text()).callbackData(b.data()).build());
      }
      out.add(r);
    }
    return InlineKeyboardMarkup.builder().keyboard(out).build();
  }

  /**
   * Sends with {@code sendRichMessage} (Bot API 10.1), the lead image given as media that Telegram
   * fetches from its URL.
   */
  @Override
  public SendResult sendRich(ChatId chat, RichMessage message) {
    List<InputRichMessageMedia> media =
        message.photos().stream()
            .map(p -> new InputRichMessageMedia(p.id(), new InputMediaPhoto(p.url().toString())))
            .toList();
    try {
      client.execute(
          SendRichMessage.builder()
              .chatId(chat.value())
              .messageThreadId(message.thread() == 0 ? null : message.thread())
              .richMessage(
                  InputRichMessage.builder()
                      .html(message.html())
                      .media(media.isEmpty() ? null : media)
                      .build())
              .build());
      return new SendResult.Sent();
    } catch (TelegramApiValidationException e) {
      return new SendResult.Rejected("not sent, invalid: " + e.getMessage());
    } catch (TelegramApiRequestException e) {
      return translateRich(e);
    } catch (TelegramApiException e) {
      return new SendResult.Transient(describe(e));
    }
  }

  /**
   * As {@link #translate}, except that a 404, or a 400 saying a method or field is unknown, means
   * the server predates rich messages.
   */
  static SendResult translateRich(TelegramApiRequestException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String description = e.getApiResponse() == null ? "error " + code : e.getApiResponse();
    if (code == 404
        || (code == 400 && UNKNOWN.matcher(description.toLowerCase(Locale.ROOT)).find())) {
      return new SendResult.Unsupported(description);
    }
    return translate(e);
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
