package dev.newsbot.telegram;

import dev.newsbot.command.Admins;
import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Asks Telegram (getChatMember) whether a user administers a group, and remembers the answer for a
 * few minutes. When Telegram cannot say, the answer is no: a change waits rather than slips
 * through.
 */
final class ChatAdmins implements Admins {
  private static final Logger log = LoggerFactory.getLogger(ChatAdmins.class);
  private static final Set<String> ADMIN = Set.of("creator", "administrator");
  private static final Duration KEEP = Duration.ofMinutes(5);

  private record Answer(boolean admin, long atNanos) {}

  private final TelegramClient client;
  private final Map<String, Answer> cache = new ConcurrentHashMap<>();

  ChatAdmins(TelegramClient client) {
    this.client = client;
  }

  @Override
  public boolean isAdmin(ChatId chat, long user) {
    if (user == 0) {
      return false;
    }
    String key = chat + ":" + user;
    Answer known = cache.get(key);
    long now = System.nanoTime();
    if (known != null && now - known.atNanos() < KEEP.toNanos()) {
      return known.admin();
    }
    try {
      ChatMember member =
          client.execute(GetChatMember.builder().chatId(chat.value()).userId(user).build());
      boolean admin = member != null && ADMIN.contains(member.getStatus());
      cache.put(key, new Answer(admin, now));
      return admin;
    } catch (TelegramApiException e) {
      log.warn("Could not ask Telegram who administers chat {}: {}", chat, e.getMessage());
      return false;
    }
  }
}
