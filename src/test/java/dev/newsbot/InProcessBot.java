package dev.newsbot;

import dev.newsbot.config.AppConfig;
import dev.newsbot.config.ConfigLoader;
import dev.newsbot.testing.FakeTelegram;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole bot in the test's JVM: {@code newsbot.yml} and {@code bot.db} in {@code dir}, polling
 * every second.
 */
final class InProcessBot {
  private static final Duration QUICK = Duration.ofSeconds(1);

  private InProcessBot() {}

  static App start(Path dir, FakeTelegram telegram) throws Exception {
    return start(dir, telegram, Clock.systemUTC());
  }

  /**
   * @param clock the bot's time, which a test may move
   */
  static App start(Path dir, FakeTelegram telegram, Clock clock) throws Exception {
    return start(dir, telegram, clock, Map.of());
  }

  /**
   * @param env more environment, such as NEWSBOT_HTTP_PORT
   */
  static App start(Path dir, FakeTelegram telegram, Clock clock, Map<String, String> env)
      throws Exception {
    Map<String, String> all = new HashMap<>();
    all.put("TELEGRAM_BOT_TOKEN", FakeTelegram.TOKEN);
    all.put("TELEGRAM_API_URL", telegram.url().toString());
    all.put("NEWSBOT_CONFIG", "newsbot.yml");
    all.put("NEWSBOT_DB", "bot.db");
    all.putAll(env);
    AppConfig config = quick(new ConfigLoader(dir, all).load());
    return App.start(
        config,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream()),
        clock);
  }

  /**
   * The config with a poll and a digest check every second: shorter than the loader lets a user
   * choose, so that tests do not wait for them.
   */
  private static AppConfig quick(AppConfig c) {
    return new AppConfig(
        QUICK,
        c.sendRatePerSecond(),
        c.displayZone(),
        c.sources(),
        c.telegram(),
        c.database(),
        c.fetch(),
        c.maxBacklog(),
        c.summary(),
        c.llm(),
        c.userFetchAllow(),
        c.userSources(),
        c.maxSourcesPerChat(),
        QUICK,
        c.adminChats(),
        c.channels(),
        c.http(),
        c.paidBroadcast());
  }
}
