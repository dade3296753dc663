package dev.newsbot.telegram;

import dev.newsbot.command.Channels;
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
      log.info("Telegram knows no chat {}: {}", ref, e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public boolean botIsAdmin(ChatId channel) {
    try {
      if (botId == null) {
        botId = client.execute(new GetMe()).getId();
      }
      return isAdmin(channel, botId);
    } catch (TelegramApiException e) {
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
      log.info("Could not ask Telegram who administers {}: {}", channel, e.getMessage());
      return false;
    }
  }
}
