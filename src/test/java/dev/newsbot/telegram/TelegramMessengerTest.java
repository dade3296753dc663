package dev.newsbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.FakeTelegram;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** Each Bot API answer, through the real client against the fake server. */
class TelegramMessengerTest {
  private static final ChatId CHAT = new ChatId(55);
  private FakeTelegram telegram;
  private TelegramMessenger messenger;

  @BeforeEach
  void setUp() throws Exception {
    telegram = FakeTelegram.start();
    HttpUrl api = HttpUrl.get(telegram.url());
    messenger =
        new TelegramMessenger(
            new OkHttpTelegramClient(
                new OkHttpClient(),
                FakeTelegram.TOKEN,
                new TelegramUrl(api.scheme(), api.host(), api.port(), false)));
  }

  @AfterEach
  void tearDown() {
    telegram.close();
  }

  private SendResult send() {
    return messenger.send(CHAT, OutgoingMessage.reply("<b>hi</b> &amp; bye"));
  }

  @Test
  void sendsHtmlWithoutLinkPreviewForReplies() {
    assertInstanceOf(SendResult.Sent.class, send());
    FakeTelegram.Sent sent = telegram.sentTo(55).get(0);
    assertEquals("<b>hi</b> &amp; bye", sent.text());
    assertEquals("html", sent.parseMode().toLowerCase());
    assertEquals(true, sent.request().path("link_preview_options").path("is_disabled").asBoolean());
  }

  @Test
  void floodWaitBecomesRetryAfter() {
    telegram.failNextSend(55, 429, "Too Many Requests: retry after 7", Map.of("retry_after", 7));
    assertEquals(new SendResult.RetryAfter(Duration.ofSeconds(7)), send());
  }

  @Test
  void blockedByTheUserBecomesBlocked() {
    telegram.failNextSend(55, 403, "Forbidden: bot was blocked by the user");
    assertEquals(new SendResult.Blocked("Forbidden: bot was blocked by the user"), send());
  }

  @Test
  void chatNotFoundBecomesBlocked() {
    telegram.failNextSend(55, 400, "Bad Request: chat not found");
    assertEquals(new SendResult.Blocked("Bad Request: chat not found"), send());
  }

  @Test
  void migratedGroupBecomesMigrated() {
    telegram.failNextSend(
        55,
        400,
        "Bad Request: group chat was upgraded to a supergroup chat",
        Map.of("migrate_to_chat_id", -1001234L));
    assertEquals(new SendResult.Migrated(new ChatId(-1001234L)), send());
  }

  @Test
  void badEntitiesBecomeRejected() {
    telegram.failNextSend(55, 400, "Bad Request: can't parse entities: unexpected end tag");
    assertEquals(
        new SendResult.Rejected("Bad Request: can't parse entities: unexpected end tag"), send());
  }

  @Test
  void serverErrorBecomesTransient() {
    telegram.failNextSend(55, 502, "Bad Gateway");
    assertEquals(new SendResult.Transient("Bad Gateway"), send());
  }

  @Test
  void networkFailureBecomesTransient() {
    telegram.close();
    assertInstanceOf(SendResult.Transient.class, send());
  }
}
