package dev.newsbot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.command.ChatCommands;
import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.fetch.UserUrlPolicy;
import dev.newsbot.news.Article;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.testing.FakeTelegram;
import dev.newsbot.testing.TelegramHtml;
import dev.newsbot.testing.TestCommands;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users type and what sites write reaches Telegram as text it accepts, and intact. */
class TelegramTextTest {
  private static final long SEED = 20261202L;

  @TempDir Path dir;
  private FakeTelegram telegram;
  private Messenger messenger;
  private final ExecutorService fetches = Executors.newCachedThreadPool();
  private final MessageFormatter formatter = new MessageFormatter(ZoneOffset.UTC);

  @BeforeEach
  void setUp() throws Exception {
    telegram = FakeTelegram.start();
    messenger = TelegramMessengerFactory.forFake(telegram);
  }

  @AfterEach
  void tearDown() {
    telegram.close();
    fetches.shutdownNow();
  }

  private ChatCommands handler(TestDb store) {
    // No name resolves: links in random text make no DNS query, let alone a request.
    UserUrlPolicy policy =
        new UserUrlPolicy(
            List.of(),
            host -> {
              throw new UnknownHostException(host);
            });
    return new TestCommands(
            store,
            List.of(
                Source.feed(
                    "ms",
                    "Mothership",
                    URI.create("https://news.example.sg/feed"),
                    ZoneOffset.UTC)),
            policy,
            fetches)
        .chats;
  }

  @Test
  void randomCommandTextNeverThrowsAndEveryReplyIsAccepted() {
    TestDb store = new TestDb(dir);
    ChatCommands handler = handler(store);
    Random random = new Random(SEED);
    int replies = 0;
    for (int i = 0; i < 400; i++) {
      String text = randomText(random);
      if (text.isBlank()) {
        continue; // Telegram delivers no empty messages
      }
      ChatId chat = new ChatId(1 + random.nextInt(50));
      Optional<OutgoingMessage> reply =
          handler.handle(chat, 7, text, "newsbot_test_bot", null).join();
      if (reply.isPresent()) {
        SendResult result = messenger.send(chat, reply.get());
        assertInstanceOf(SendResult.Sent.class, result, () -> "reply to " + describe(text));
        replies++;
      }
    }
    assertEquals(List.of(), telegram.refused());
    assertTrue(replies > 300, "most random texts in private chats get a reply: " + replies);
  }

  @Test
  void hostileTitlesArriveIntact() throws Exception {
    String title =
        "<script>alert('x')</script> & \"quotes\" \u200Fمرحبا\u200F zero\u200Bwidth \u202Eevil"
            + " 😀👍🏽 <b>not bold</b> &amp;";
    Article article =
        new Article(
            1,
            new SourceId("ms"),
            "Mothership & <Co>",
            URI.create("https://news.example.com/a?x=1&y=2"),
            title,
            null,
            Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-01T00:00:00Z"),
            "",
            null,
            "",
            "A summary with <i>tags</i> & ampersands.");
    assertInstanceOf(SendResult.Sent.class, messenger.send(new ChatId(5), formatter.push(article)));
    FakeTelegram.Sent sent = telegram.sentTo(5).get(0);
    String visible = TelegramHtml.visible(sent.text());
    assertTrue(visible.startsWith(title + "\n"), visible);
    assertTrue(visible.contains("Mothership & <Co>"), visible);
    assertTrue(visible.contains("A summary with <i>tags</i> & ampersands."), visible);
    assertTrue(
        sent.text().contains("href=\"https://news.example.com/a?x=1&amp;y=2\""), sent.text());
  }

  private static final String[] PREFIXES = {
    "/latest ",
    "/summary ",
    "/start",
    "/stop",
    "/help",
    "/",
    "/x",
    "",
    "/latest@newsbot_test_bot ",
    "/summary@other_bot ",
    "/summary http://",
    "/SUMMARY ",
    "/latest\n"
  };

  private static final int[][] ALPHABETS = {
    {0x20, 0x7e}, // ASCII
    {0x00, 0x1f}, // control characters
    {0x7f, 0x9f},
    {0x200b, 0x200f}, // zero-width, directional marks
    {0x202a, 0x202e}, // bidi overrides
    {0x0300, 0x036f}, // combining marks
    {0x4e00, 0x4fff}, // CJK
    {0x0600, 0x06ff}, // Arabic
    {0x1f300, 0x1f6ff}, // emoji (surrogate pairs)
    {0xfe00, 0xfeff} // variation selectors, BOM
  };

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
    int length =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(8);
          case 1 -> 50 + random.nextInt(40);
          case 2 -> 300 + random.nextInt(300);
          default -> 4000 + random.nextInt(1000);
        };
    for (int i = 0; i < length; i++) {
      if (random.nextInt(10) == 0) {
        text.append("<>&\"'; ".charAt(random.nextInt(7)));
        continue;
      }
      int[] alphabet = ALPHABETS[random.nextInt(ALPHABETS.length)];
      text.appendCodePoint(alphabet[0] + random.nextInt(alphabet[1] - alphabet[0] + 1));
    }
    return text.toString();
  }

  private static String describe(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "… (" + text.length() + " chars)" : text;
  }
}
