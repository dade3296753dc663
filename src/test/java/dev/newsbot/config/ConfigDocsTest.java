package dev.newsbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every key the loader knows and every variable it reads is documented where the README says. */
class ConfigDocsTest {
  private static final List<String> ENVIRONMENT =
      List.of(
          "TELEGRAM_BOT_TOKEN",
          "TELEGRAM_API_URL",
          "NEWSBOT_CONFIG",
          "NEWSBOT_DB",
          "NEWSBOT_DB_PASSWORD",
          "NEWSBOT_HTTP_PORT",
          "NEWSBOT_HTTP_BIND",
          "NEWSBOT_LOG_LEVEL",
          "ADMIN_CHAT_IDS",
          "NEWSBOT_LLM_URL",
          "NEWSBOT_LLM_MODEL",
          "NEWSBOT_LLM_API_KEY");

  private static List<String> keys() {
    List<String> keys = new ArrayList<>(ConfigLoader.TOP_KEYS);
    keys.removeAll(List.of("fetch", "summary")); // their keys have the rows
    ConfigLoader.FETCH_KEYS.forEach(k -> keys.add("fetch." + k));
    ConfigLoader.SUMMARY_KEYS.forEach(k -> keys.add("summary." + k));
    ConfigLoader.SOURCE_KEYS.forEach(k -> keys.add("sources[]." + k));
    ConfigLoader.CHANNEL_KEYS.forEach(k -> keys.add("channels[]." + k));
    return keys;
  }

  @Test
  void theReadmeTableListsEveryKeyAndEnvironmentVariable() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Configure it\n");
    String section = readme.substring(start, readme.indexOf("\n## ", start));
    List<String> named =
        section
            .lines()
            .filter(l -> l.startsWith("| `"))
            .flatMap(l -> Arrays.stream(l.split("\\|")[1].split(",")))
            .map(cell -> cell.strip().replace("`", ""))
            .sorted()
            .toList();
    assertEquals(
        Stream.concat(keys().stream(), ENVIRONMENT.stream()).sorted().toList(),
        named,
        "one row for each, in one table");
  }

  @Test
  void theShippedConfigNamesEveryKey() throws Exception {
    String shipped = Files.readString(Path.of("config/newsbot.yml"));
    for (String key :
        Stream.of(
                ConfigLoader.TOP_KEYS,
                ConfigLoader.FETCH_KEYS,
                ConfigLoader.SUMMARY_KEYS,
                ConfigLoader.SOURCE_KEYS,
                ConfigLoader.CHANNEL_KEYS)
            .flatMap(Set::stream)
            .toList()) {
      // as a key (perhaps commented out) or in a comment's list of keys
      assertTrue(
          Pattern.compile("(?m)^#?\\s*(- )?" + key + "(:|\\s)").matcher(shipped).find(), key);
    }
  }
}
