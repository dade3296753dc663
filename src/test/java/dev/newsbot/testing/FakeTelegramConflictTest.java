package dev.newsbot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The fake Bot API allows one getUpdates consumer at a time, as Telegram does. */
class FakeTelegramConflictTest {
  private static final String POLL = "{\"offset\":0,\"timeout\":20}";

  @Test
  void aSecondGetUpdatesEndsTheWaitingOneWith409() throws Exception {
    try (FakeTelegram telegram = FakeTelegram.start()) {
      HttpClient first = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> waiting =
          first.sendAsync(poll(telegram, POLL), HttpResponse.BodyHandlers.ofString());
      telegram.awaitCall("getupdates", Duration.ofSeconds(5));
      Thread.sleep(200); // the first is waiting for news

      HttpClient second = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> next =
          second.sendAsync(poll(telegram, POLL), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> ended = waiting.get();
      assertEquals(409, ended.statusCode());
      assertTrue(ended.body().contains(FakeTelegram.CONFLICT), ended.body());
      assertEquals(1, telegram.conflicts());

      telegram.userSends(7, "/start");
      assertEquals(200, next.get().statusCode(), "the newer poll goes on and gets the update");
      assertTrue(next.get().body().contains("/start"));
    }
  }

  @Test
  void aPollWhoseClientHungUpEndsWithoutConflict() throws Exception {
    try (FakeTelegram telegram = FakeTelegram.start()) {
      try (Socket first = new Socket("127.0.0.1", telegram.url().getPort())) {
        byte[] body = POLL.getBytes(StandardCharsets.UTF_8);
        OutputStream out = first.getOutputStream();
        out.write(
            ("POST /bot"
                    + FakeTelegram.TOKEN
                    + "/getUpdates HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: "
                    + body.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        telegram.awaitCall("getupdates", Duration.ofSeconds(5));
        Thread.sleep(200);
      } // closed, as a killed bot's kernel closes its sockets
      Thread.sleep(500);

      HttpResponse<String> next =
          HttpClient.newHttpClient()
              .send(
                  poll(telegram, "{\"offset\":0,\"timeout\":0}"),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, next.statusCode());
      assertEquals(0, telegram.conflicts());
    }
  }

  private static HttpRequest poll(FakeTelegram telegram, String body) {
    return HttpRequest.newBuilder(
            URI.create(telegram.url() + "/bot" + FakeTelegram.TOKEN + "/getUpdates"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }
}
