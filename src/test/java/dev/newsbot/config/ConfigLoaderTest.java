package dev.newsbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private AppConfig load(String yaml, Map<String, String> env) throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/newsbot.yml"), yaml);
    return new ConfigLoader(dir, env).load();
  }

  @Test
  void readsTheShippedConfigFile() throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.copy(Path.of("config/newsbot.yml"), dir.resolve("config/newsbot.yml"));
    AppConfig config = new ConfigLoader(dir, Map.of()).load();
    assertEquals(1, config.sources().size());
    Source mothership = config.sources().get(0);
    assertEquals(new SourceId("mothership"), mothership.id());
    assertTrue(mothership.followedByDefault(), "none is marked default: all are");
    assertEquals(URI.create("https://mothership.sg/feed/"), mothership.url());
    assertEquals(ZoneId.of("Asia/Singapore"), mothership.zone());
    assertEquals(25, config.sendRatePerSecond());
  }

  @Test
  void appliesDefaultsForOmittedKeys() throws Exception {
    AppConfig config = load("sources:\n  - id: a\n    feed: https://example.org/feed\n", Map.of());
    assertEquals(Duration.ofSeconds(300), config.pollInterval());
    assertEquals(25, config.sendRatePerSecond());
    assertEquals("a", config.sources().get(0).name(), "the name defaults to the id");
    assertEquals(Optional.empty(), config.telegram().token(), "no token means console mode");
    assertEquals(URI.create("https://api.telegram.org"), config.telegram().apiUrl());
    assertEquals(dir.resolve("data/newsbot.db"), config.database());
  }

  @Test
  void environmentOverridesTheDotEnvFile() throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# comment\nTELEGRAM_BOT_TOKEN=from-file\nNEWSBOT_DB=\"file.db\"\n");
    AppConfig config =
        load(
            "sources:\n  - id: a\n    feed: https://example.org/feed\n",
            Map.of("NEWSBOT_DB", "env.db"));
    assertEquals(Optional.of("from-file"), config.telegram().token());
    assertEquals(dir.resolve("env.db"), config.database());
  }

  @Test
  void readsTheConfigFileNamedByNewsbotConfig() throws Exception {
    Files.writeString(
        dir.resolve("other.yml"),
        "poll_seconds: 42\nsources:\n  - id: b\n    feed: http://example.org/rss\n");
    AppConfig config = new ConfigLoader(dir, Map.of("NEWSBOT_CONFIG", "other.yml")).load();
    assertEquals(Duration.ofSeconds(42), config.pollInterval());
  }

  @Test
  void reportsEveryProblemTogether() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    "poll_seconds: 0\npol_seconds: 5\nsources:\n"
                        + "  - id: ok\n    feed: ftp://example.org/feed\n"
                        + "  - id: ok\n    feed: https://example.org/other\n    time_zone: Mars/Olympus\n",
                    Map.of("TELEGRAM_API_URL", "not a url")));
    String where = dir.resolve("config/newsbot.yml").toString();
    assertEquals(
        List.of(
            where
                + ": unknown key 'pol_seconds' (did you mean poll_seconds?) (known: channels, digest_check_seconds, fetch, max_backlog, max_sources_per_chat, poll_seconds, send_rate_per_second, sources, summary, time_zone, user_fetch_allow, user_sources)",
            where + ": poll_seconds must be a whole number of at least 1, got '0'",
            where + ": source 'ok': feed is not an http(s) URL: ftp://example.org/feed",
            where + ": sources[1]: id 'ok' is used by an earlier source",
            where
                + ": sources[1]: time_zone 'Mars/Olympus' is not a time zone such as Asia/Singapore or UTC",
            "TELEGRAM_API_URL is not an http(s) URL: not a url"),
        e.problems());
  }

  @Test
  void saysWhenTheConfigFileIsMissing() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigLoader(dir, Map.of()).load());
    assertTrue(
        e.getMessage().contains("does not exist (set NEWSBOT_CONFIG or copy config/newsbot.yml)"),
        e.getMessage());
  }

  @Test
  void startFollowsTheSourcesMarkedDefault() throws Exception {
    AppConfig config =
        load(
            "sources:\n  - id: a\n    feed: https://example.org/feed\n    default: true\n"
                + "  - id: b\n    feed: https://example.net/feed\n",
            Map.of());
    assertEquals(
        List.of(true, false), config.sources().stream().map(Source::followedByDefault).toList());
  }

  @Test
  void readsChannelsAndExplainsBadOnes() throws Exception {
    String sources = "sources:\n  - id: a\n    feed: https://example.org/feed\n";
    AppConfig config =
        load(
            sources + "channels:\n  - chat: \"@sg_news\"\n    sources: [a]\n    summary: false\n",
            Map.of());
    assertEquals(
        List.of(new ChannelConfig("@sg_news", List.of(new SourceId("a")), false)),
        config.channels());
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    sources
                        + "channels:\n  - chat: news\n    sources: [a]\n"
                        + "  - chat: \"-100123\"\n    sources: [b]\n",
                    Map.of()));
    assertTrue(
        e.getMessage().contains("'chat' must be the channel's @username or its numeric id"),
        e.getMessage());
    assertTrue(e.getMessage().contains("no source 'b' is configured"), e.getMessage());
  }

  @Test
  void readsTheOperatorsChatIds() throws Exception {
    String sources = "sources:\n  - id: a\n    feed: https://example.org/feed\n";
    assertEquals(
        java.util.Set.of(12345L, -100678L),
        load(sources, Map.of("ADMIN_CHAT_IDS", "12345, -100678")).adminChats());
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> load(sources, Map.of("ADMIN_CHAT_IDS", "12345,me")));
    assertTrue(e.getMessage().contains("ADMIN_CHAT_IDS: 'me' is not a chat id"), e.getMessage());
  }

  @Test
  void readsTheRangesUserLinksMayReach() throws Exception {
    AppConfig config =
        load(
            "user_fetch_allow: [10.0.0.0/8, 127.0.0.1, \"fd00::/8\"]\n"
                + "sources:\n  - id: a\n    feed: https://example.org/feed\n",
            Map.of());
    assertEquals(
        List.of("10.0.0.0/8", "127.0.0.1/32", "fd00:0:0:0:0:0:0:0/8"),
        config.userFetchAllow().stream().map(Object::toString).toList());
    AppConfig none = load("sources:\n  - id: a\n    feed: https://example.org/feed\n", Map.of());
    assertEquals(List.of(), none.userFetchAllow(), "user links reach only public addresses");
  }

  @Test
  void explainsABadRange() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    "user_fetch_allow: [10.0.0.0/40]\n"
                        + "sources:\n  - id: a\n    feed: https://example.org/feed\n",
                    Map.of()));
    assertTrue(
        e.getMessage()
            .endsWith(
                "user_fetch_allow: '10.0.0.0/40': the prefix length must be from 0 to 32; write"
                    + " ranges such as 10.0.0.0/8, 192.168.1.20 or fd00::/8"),
        e.getMessage());
  }

  @Test
  void refusesATokenInTheConfigFileWithoutPrintingIt() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    "telegram_bot_token: 123456:SECRET-in-the-file\n"
                        + "sources:\n  - id: a\n    feed: https://example.org/feed\n",
                    Map.of()));
    assertTrue(
        e.getMessage()
            .contains(
                "'telegram_bot_token': the bot token is not read from the config file; remove it"
                    + " from there and put it in .env (or the environment) as TELEGRAM_BOT_TOKEN"),
        e.getMessage());
    assertFalse(e.getMessage().contains("SECRET-in-the-file"), e.getMessage());
  }

  @Test
  void saysWhenSourcesAreMissing() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> load("poll_seconds: 60\n", Map.of()));
    assertTrue(
        e.getMessage()
            .endsWith(
                "'sources' is missing; list at least one source with id, name and feed (or page)"),
        e.getMessage());
  }

  @Test
  void readsListingPageSourcesWithTheirRules() throws Exception {
    AppConfig config =
        load(
            "fetch:\n  max_body_bytes: 2048\n  host_delay_seconds: 0.25\n"
                + "sources:\n  - id: listing\n    name: Listing\n    page: https://example.org/latest/\n"
                + "    links: 'article h2 > a'\n    include: ['/20\\d\\d/']\n    exclude: [/video/]\n"
                + "    remove: ['.newsletter', 'aside.related']\n    photos: false\n",
            Map.of());
    Source source = config.sources().get(0);
    assertEquals(Source.Kind.PAGE, source.kind());
    assertEquals("article h2 > a", source.links());
    assertEquals(List.of(".newsletter", "aside.related"), source.remove());
    assertEquals(false, source.photos());
    assertTrue(source.accepts(URI.create("https://example.org/2026/11/story")));
    assertTrue(!source.accepts(URI.create("https://example.org/2026/video/clip")), "excluded");
    assertTrue(!source.accepts(URI.create("https://example.org/about")), "not included");
    assertEquals(new FetchConfig(2048, Duration.ofMillis(250)), config.fetch());
  }

  @Test
  void explainsBadSourceRules() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                load(
                    "fetch:\n  max_body_bytes: 10\n"
                        + "sources:\n  - id: both\n    feed: https://example.org/feed\n    page: https://example.org/\n"
                        + "  - id: rules\n    page: https://example.org/\n    include: ['(']\n    links: 'a[href'\n    photos: maybe\n",
                    Map.of()));
    String where = dir.resolve("config/newsbot.yml").toString();
    assertEquals(
        List.of(
            where + ": fetch: max_body_bytes must be a whole number of at least 1024, got '10'",
            where
                + ": source 'both': give either 'feed' (an RSS, Atom or RDF feed, or a site that links to one)"
                + " or 'page' (a page that lists articles)",
            where
                + ": source 'rules': include pattern '(' is not a valid regular expression: Unclosed group",
            where + ": source 'rules': 'photos' must be true or false, got 'maybe'"),
        e.problems().stream().filter(p -> !p.contains("links selector")).toList());
    assertTrue(
        e.problems().stream()
            .anyMatch(
                p ->
                    p.startsWith(
                        where + ": source 'rules': links selector 'a[href' is not valid CSS")),
        e.getMessage());
  }

  @Test
  void neverPrintsTheToken() throws Exception {
    AppConfig config =
        load(
            "sources:\n  - id: a\n    feed: https://example.org/feed\n",
            Map.of("TELEGRAM_BOT_TOKEN", "123:secret"));
    assertTrue(!config.toString().contains("secret"), config.toString());
  }
}
