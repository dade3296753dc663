package dev.newsbot.telegram;

import dev.newsbot.command.Channels;
import dev.newsbot.command.ChannelsUnreachable;
import dev.newsbot.subscription.ChatId;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChat;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chat.ChatFullInfo;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Channels as Telegram knows them: getChat for an @username, getChatMember for admins. */
final class TelegramChannels implements Channels {
  private static final Logger log = LoggerFactory.getLogger(TelegramChannels.class);
  private static final Set<String> ADMIN = Set.of("creator", "administrator");

  private final TelegramClient client;
  private volatile Long botId;

  TelegramChannels(TelegramClient client) {
    this.client = client;
  }

  @Override
  public Optional<ChatId> resolve(String reference) {
    String ref = reference.strip();
    if (ref.matches("-?\\d{1,18}")) {
      return Optional.of(new ChatId(Long.parseLong(ref)));
    }
    if (!ref.matches("@[A-Za-z][A-Za-z0-9_]{3,31}")) {
      return Optional.empty();
    }
    try {
      ChatFullInfo chat = client.execute(GetChat.builder().chatId(ref).build());
      return chat == null ? Optional.empty() : Optional.of(new ChatId(chat.getId()));
    } catch (TelegramApiException e) {
      throwIfUnreachable(e);
      log.info("Telegram knows no chat {}: {}", ref, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Telegram's answer that a chat is unknown or closed (a 4xx other than a flood wait) is an
   * answer; anything else (no connection, a 5xx, a 429, a proxy's page) means it was not asked.
   */
  private static void throwIfUnreachable(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException r
        && r.getErrorCode() != null
        && r.getErrorCode() >= 400
        && r.getErrorCode() < 500
        && r.getErrorCode() != 429) {
      return;
    }
    throw new ChannelsUnreachable("Telegram could not be asked: " + e.getMessage(), e);
  }

  @Override
  public boolean botIsAdmin(ChatId channel) {
    try {
      if (botId == null) {
        botId = client.execute(new GetMe()).getId();
      }
      return isAdmin(channel, botId);
    } catch (TelegramApiException e) {
      throwIfUnreachable(e);
      log.warn("Could not ask Telegram who the bot is: {}", e.getMessage());
      return false;
    }
  }

  @Override
  public boolean isAdmin(ChatId channel, long user) {
    try {
      ChatMember member =
          client.execute(GetChatMember.builder().chatId(channel.value()).userId(user).build());
      return member != null && ADMIN.contains(member.getStatus());
    } catch (TelegramApiException e) {
      throwIfUnreachable(e);
      log.info("Telegram says no administrator list for {}: {}", channel, e.getMessage());
      return false;
    }
  }
}
