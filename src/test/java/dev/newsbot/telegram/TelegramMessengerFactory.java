package dev.newsbot.telegram;

import dev.newsbot.testing.FakeTelegram;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The real Telegram messenger, pointed at a fake Bot API. */
public final class TelegramMessengerFactory {
  private TelegramMessengerFactory() {}

  public static TelegramMessenger forFake(FakeTelegram telegram) {
    HttpUrl api = HttpUrl.get(telegram.url());
    return new TelegramMessenger(
        new OkHttpTelegramClient(
            new OkHttpClient(),
            FakeTelegram.TOKEN,
            new TelegramUrl(api.scheme(), api.host(), api.port(), false)));
  }
}
