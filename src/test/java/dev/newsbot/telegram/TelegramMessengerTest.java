package dev.newsbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.RichMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.FakeTelegram;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
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
  void onlyAPaidMessengerAsksForAPaidBroadcast() {
    HttpUrl api = HttpUrl.get(telegram.url());
    TelegramMessenger paid =
        new TelegramMessenger(
            new OkHttpTelegramClient(
                new OkHttpClient(),
                FakeTelegram.TOKEN,
                new TelegramUrl(api.scheme(), api.host(), api.port(), false)),
            true);
    assertInstanceOf(SendResult.Sent.class, paid.send(CHAT, OutgoingMessage.reply("push")));
    assertInstanceOf(SendResult.Sent.class, send());

    List<FakeTelegram.Sent> sent = telegram.sentTo(55);
    assertEquals(true, sent.get(0).request().path("allow_paid_broadcast").asBoolean());
    assertTrue(sent.get(1).request().path("allow_paid_broadcast").isMissingNode());
  }

  /**
   * The limiter hears of each paced send as its request goes out, a trip before Telegram counts it;
   * not of calls it does not pace, such as answers to button presses.
   */
  @Test
  void tellsWhenEachSendGoesOutBeforeTelegramCountsIt() {
    telegram.latency(Duration.ofMillis(200)); // the request's way to the server
    List<Long> outAt = new java.util.concurrent.CopyOnWriteArrayList<>();
    HttpUrl api = HttpUrl.get(telegram.url());
    TelegramMessenger stamped =
        new TelegramMessenger(
            new OkHttpTelegramClient(
                TelegramMessenger.stamping(new OkHttpClient(), () -> outAt.add(System.nanoTime())),
                FakeTelegram.TOKEN,
                new TelegramUrl(api.scheme(), api.host(), api.port(), false)));

    stamped.send(CHAT, OutgoingMessage.reply("one"));
    stamped.answer("callback-1", "");
    stamped.send(new ChatId(56), OutgoingMessage.reply("two"));

    assertEquals(2, outAt.size(), "once a send, and not for the button's answer");
    long arrived = telegram.sentTo(55).get(0).arrivedNanos();
    assertTrue(
        arrived - outAt.get(0) >= Duration.ofMillis(150).toNanos(),
        "before the trip, not at the answer: " + (arrived - outAt.get(0)) / 1_000_000 + " ms");
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

  // ---- rich messages

  private SendResult sendRich() {
    return messenger.sendRich(
        CHAT,
        new RichMessage(
            "<h1>Title</h1><img src=\"tg://photo?id=lead\"/><p>Text &amp; more.</p>",
            List.of(new RichMessage.Photo("lead", URI.create("https://img.example/a.jpg")))));
  }

  @Test
  void sendsRichMessagesAsHtmlWithTheirImagesAsMedia() {
    assertInstanceOf(SendResult.Sent.class, sendRich());
    FakeTelegram.Sent sent = telegram.sentTo(55).get(0);
    assertEquals("sendrichmessage", sent.method());
    assertEquals(
        "<h1>Title</h1><img src=\"tg://photo?id=lead\"/><p>Text &amp; more.</p>", sent.text());
    assertEquals(
        "{\"html\":\"<h1>Title</h1><img src=\\\"tg://photo?id=lead\\\"/><p>Text &amp; more.</p>\","
            + "\"media\":[{\"id\":\"lead\",\"media\":{\"media\":\"https://img.example/a.jpg\","
            + "\"type\":\"photo\"}}]}",
        sent.request().path("rich_message").toString());
  }

  @Test
  void aServerWithoutRichMessagesAnswersUnsupported() {
    telegram.actAsServerWithoutRichMessages();
    assertEquals(new SendResult.Unsupported("Not Found: method not found"), sendRich());
  }

  @Test
  void aBadRequestNamingAnUnknownMethodOrFieldIsUnsupported() {
    telegram.failNextSend(55, 400, "Bad Request: unknown method");
    telegram.failNextSend(55, 400, "Bad Request: field \"rich_message\" is not supported");
    assertEquals(new SendResult.Unsupported("Bad Request: unknown method"), sendRich());
    assertEquals(
        new SendResult.Unsupported("Bad Request: field \"rich_message\" is not supported"),
        sendRich());
  }

  @Test
  void aRefusedRichMessageIsRejectedAndAChatNotFoundStillBlocked() {
    telegram.failNextSend(55, 400, "Bad Request: can't parse rich message: unexpected end tag");
    telegram.failNextSend(55, 400, "Bad Request: chat not found");
    assertEquals(
        new SendResult.Rejected("Bad Request: can't parse rich message: unexpected end tag"),
        sendRich());
    assertEquals(new SendResult.Blocked("Bad Request: chat not found"), sendRich());
  }

  @Test
  void theFakeRefusesRichMessagesTelegramWould() throws Exception {
    String over = "<p>" + "x".repeat(RichMessage.MAX_CHARS) + "</p>";
    assertEquals("Bad Request: rich message is too long", postRich("{\"html\":\"" + over + "\"}"));
    assertEquals(
        "Bad Request: exactly one of html, markdown or blocks must be specified",
        postRich("{\"html\":\"<p>a</p>\",\"markdown\":\"a\"}"));
    assertEquals(
        "Bad Request: rich message has too many blocks",
        postRich("{\"html\":\"" + "<p>a</p>".repeat(RichMessage.MAX_BLOCKS + 1) + "\"}"));
    assertEquals(
        "Bad Request: media \"lead\" is not specified",
        postRich("{\"html\":\"<img src=\\\"tg://photo?id=lead\\\"/>\"}"));
    assertEquals(
        "ok", postRich("{\"html\":\"" + "<p>a</p>".repeat(RichMessage.MAX_BLOCKS) + "\"}"));
  }

  /** Posts a sendRichMessage by hand, as a client that skips TelegramBots' checks would. */
  private String postRich(String richMessage) throws Exception {
    Request request =
        new Request.Builder()
            .url(
                telegram.url().resolve("/bot" + FakeTelegram.TOKEN + "/sendRichMessage").toString())
            .post(
                RequestBody.create(
                    "{\"chat_id\":\"55\",\"rich_message\":" + richMessage + "}",
                    MediaType.get("application/json")))
            .build();
    try (Response response = new OkHttpClient().newCall(request).execute()) {
      var answer =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body().string());
      return answer.path("ok").asBoolean() ? "ok" : answer.path("description").asText();
    }
  }
}
