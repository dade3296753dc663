package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SettingsStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The bot's commands and buttons in each language, every chat answered in its own: the one it chose
 * in /settings, else the one Telegram says its user has, else English.
 */
public final class ChatCommands {
  private final Map<String, CommandHandler> handlers = new HashMap<>();
  private final Map<String, Buttons> buttons = new HashMap<>();
  private final SettingsStore settings;

  /**
   * Presses faster than a person's: a Read here sends a whole article, a toggle edits a message,
   * and the chat's sends count against its Telegram limit, pushes included.
   */
  private final FloodGuard presses;

  /** The language_code last stored per chat, so that a message writes only when it changes. */
  private final Map<ChatId, String> remembered = new java.util.concurrent.ConcurrentHashMap<>();

  static final int PRESSES_PER_MINUTE = 30;

  ChatCommands(Commands commands) {
    this.settings = commands.settings();
    this.presses = new FloodGuard(PRESSES_PER_MINUTE, commands.clock());
    for (String language : Texts.languages()) {
      handlers.put(language, commands.handler(language));
      buttons.put(language, commands.buttons(language));
    }
  }

  /** The command menu in {@code language}. */
  public List<BotCommand> menu(String language) {
    return handlers.get(language).menu();
  }

  /**
   * Answers one message.
   *
   * @param user who sent it (0 when unknown)
   * @param telegramLanguage the sender's language_code as Telegram gives it, or null
   */
  public CompletableFuture<Optional<OutgoingMessage>> handle(
      ChatId chat, long user, String text, String botUsername, String telegramLanguage) {
    return handlers.get(language(chat, telegramLanguage)).handle(chat, user, text, botUsername);
  }

  /** Answers a button press. */
  public ButtonAnswer press(ButtonPress press, String telegramLanguage) {
    Buttons answering = buttons.get(language(press.chat(), telegramLanguage));
    return switch (presses.check(press.chat())) {
      case ANSWER -> answering.press(press);
      case WARN -> answering.slowDown();
      case IGNORE -> ButtonAnswer.note(""); // Telegram still needs the press answered
    };
  }

  /**
   * The language the chat reads: chosen in /settings, else Telegram's for its user, else English.
   */
  public String language(ChatId chat, String telegramLanguage) {
    if (telegramLanguage != null
        && !telegramLanguage.isBlank()
        && !telegramLanguage.equals(remembered.put(chat, telegramLanguage))) {
      settings.rememberTelegramLanguage(chat, telegramLanguage);
    }
    return settings
        .of(chat)
        .language()
        .orElseGet(() -> Texts.forLanguage(telegramLanguage).language());
  }
}
