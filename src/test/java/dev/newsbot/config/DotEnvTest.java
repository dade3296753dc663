package dev.newsbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvTest {
  @Test
  void readsKeysAndValues() throws Exception {
    assertEquals(
        Map.of("TELEGRAM_BOT_TOKEN", "42:abc", "NEWSBOT_DB", "data/bot.db"),
        DotEnv.parse(
            List.of("# comment", "export TELEGRAM_BOT_TOKEN=42:abc", "NEWSBOT_DB='data/bot.db'"),
            ".env"));
  }

  @Test
  void aLineWithoutEqualsIsAnErrorThatDoesNotRepeatTheLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () -> DotEnv.parse(List.of("", "TELEGRAM_BOT_TOKEN: 42:secret-part"), ".env"));
    assertEquals(
        List.of(".env line 2: expected KEY=value (the line is not shown, as it may hold a secret)"),
        e.problems());
  }
}
