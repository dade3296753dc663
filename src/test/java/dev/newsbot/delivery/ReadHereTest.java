package dev.newsbot.delivery;

import static dev.newsbot.delivery.ReadingFixtures.IMAGE;
import static dev.newsbot.delivery.ReadingFixtures.article;
import static dev.newsbot.delivery.ReadingFixtures.paragraph;
import static dev.newsbot.delivery.ReadingFixtures.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.telegram.TelegramMessenger;
import dev.newsbot.telegram.TelegramMessengerFactory;
import dev.newsbot.testing.FakeTelegram;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Read here" through the real Telegram client against the fake Bot API. */
class ReadHereTest {
  private static final ChatId CHAT = new ChatId(55);
  private final ReadableArticle renderer = new ReadableArticle(ZoneId.of("Asia/Singapore"));
  private FakeTelegram telegram;
  private ReadHere readHere;

  @BeforeEach
  void setUp() throws Exception {
    telegram = FakeTelegram.start();
    TelegramMessenger messenger = TelegramMessengerFactory.forFake(telegram);
    readHere = new ReadHere(messenger, messenger, renderer);
  }

  @AfterEach
  void tearDown() {
    telegram.close();
  }

  private static FullArticle story(long id, List<BodyBlock> body) {
    return new FullArticle(article(id, "Ferry story " + id, IMAGE), body);
  }

  private static final List<BodyBlock> SHORT =
      List.of(
          paragraph("A trial ferry service carried 3,000 riders."),
          new BodyBlock(BodyBlock.Kind.HEADING, "Bicycles welcome"),
          new BodyBlock(BodyBlock.Kind.LIST_ITEM, "Racks for 12."));

  @Test
  void sendsTheArticleAsOneRichMessageWithItsLeadImage() {
    FullArticle a = story(1, SHORT);

    assertEquals(new SendResult.Sent(), readHere.send(CHAT, a));

    List<FakeTelegram.Sent> sent = telegram.sentTo(55);
    assertEquals(1, sent.size());
    assertEquals("sendrichmessage", sent.get(0).method());
    assertEquals(renderer.rich(a).html(), sent.get(0).text());
    assertEquals(
        IMAGE.toString(),
        sent.get(0)
            .request()
            .path("rich_message")
            .path("media")
            .path(0)
            .path("media")
            .path("media")
            .asText());
    assertFalse(readHere.plainOnly());
  }

  @Test
  void fallsBackToPlainMessagesOnAnOlderServerAndRemembersIt() {
    telegram.actAsServerWithoutRichMessages();
    FullArticle first = story(1, paragraphs(30, 600)); // 18,000 characters

    assertEquals(new SendResult.Sent(), readHere.send(CHAT, first));

    List<String> expected = renderer.plain(first).stream().map(OutgoingMessage::text).toList();
    assertTrue(expected.size() >= 5, "messages: " + expected.size());
    assertEquals(
        expected,
        telegram.sentTo(55).stream().map(FakeTelegram.Sent::text).toList(),
        "every plain message, in order");
    assertTrue(telegram.refused().isEmpty(), "Telegram refused: " + telegram.refused());
    assertEquals(1, telegram.calls().stream().filter("sendrichmessage"::equals).count());
    assertTrue(readHere.plainOnly());

    FullArticle second = story(2, SHORT);
    assertEquals(new SendResult.Sent(), readHere.send(CHAT, second));

    assertEquals(
        1,
        telegram.calls().stream().filter("sendrichmessage"::equals).count(),
        "the second article does not try a rich message first");
    List<FakeTelegram.Sent> sent = telegram.sentTo(55);
    assertEquals(renderer.plain(second).get(0).text(), sent.get(sent.size() - 1).text());
  }

  @Test
  void sendsTheRichMessageAgainWithoutTheImageTelegramCouldNotFetch() {
    telegram.failNextSend(55, 400, "Bad Request: wrong file identifier/HTTP URL specified");
    FullArticle a = story(1, SHORT);

    assertEquals(new SendResult.Sent(), readHere.send(CHAT, a));

    List<FakeTelegram.Sent> sent = telegram.sentTo(55);
    assertEquals(1, sent.size());
    assertEquals(renderer.rich(a, false).html(), sent.get(0).text());
    assertTrue(sent.get(0).request().path("rich_message").path("media").isMissingNode());
  }

  @Test
  void sendsPlainMessagesWhenTelegramRefusesTheRichOneButTriesRichForTheNextArticle() {
    FullArticle noImage = new FullArticle(article(1, "No image", null), SHORT);
    telegram.failNextSend(55, 400, "Bad Request: can't parse rich message");

    assertEquals(new SendResult.Sent(), readHere.send(CHAT, noImage));
    assertEquals(List.of("sendrichmessage", "sendmessage"), sendCalls());
    assertFalse(readHere.plainOnly());

    readHere.send(CHAT, story(2, SHORT));
    assertEquals(List.of("sendrichmessage", "sendmessage", "sendrichmessage"), sendCalls());
  }

  @Test
  void reportsABlockedChatWithoutFallingBack() {
    telegram.failNextSend(55, 403, "Forbidden: bot was blocked by the user");

    assertEquals(
        new SendResult.Blocked("Forbidden: bot was blocked by the user"),
        readHere.send(CHAT, story(1, SHORT)));
    assertEquals(List.of("sendrichmessage"), sendCalls());
  }

  @Test
  void stopsThePlainMessagesAtTheFirstThatFails() {
    telegram.actAsServerWithoutRichMessages();
    readHere.send(CHAT, story(1, SHORT)); // learns the server is old
    telegram.failNextSend(55, 502, "Bad Gateway");

    assertEquals(
        new SendResult.Transient("Bad Gateway"),
        readHere.send(CHAT, story(2, paragraphs(30, 600))));
    assertEquals(1, telegram.sentTo(55).size(), "only the first article's message went out");
  }

  private List<String> sendCalls() {
    return telegram.calls().stream().filter(c -> c.startsWith("send")).toList();
  }
}
