package dev.newsbot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.summary.SummaryBudget;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {
  private static final String SOURCE = "sources:\n  - id: a\n    feed: https://example.org/feed\n";
  private static final String TOP_KNOWN =
      "(known: channels, digest_check_seconds, fetch, max_backlog, max_sources_per_chat,"
          + " paid_broadcast, poll_seconds, send_rate_per_second, sources, summary, time_zone,"
          + " user_fetch_allow, user_sources)";

  @TempDir Path dir;

  private AppConfig load(String yaml, Map<String, String> env) throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/newsbot.yml"), yaml);
    return new ConfigLoader(dir, env).load();
  }

  private List<String> problems(String yaml, Map<String, String> env) {
    return assertThrows(ConfigException.class, () -> load(yaml, env)).problems();
  }

  /** The config file's name, as each of its problems begins. */
  private String where() {
    return dir.resolve("config/newsbot.yml").toString();
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
  void theShippedConfigLoadsWithEveryCommentedOutKeyInUse() throws Exception {
    // Lines of YAML that are commented out start with '#' and no space, or '#' and the
    // indentation of a list item or a key; prose starts with '# ' and a word.
    String uncommented =
        Files.readString(Path.of("config/newsbot.yml"))
            .replaceAll("(?m)^#(?=\\S|  - |    [a-z_]+:)", "");
    AppConfig config = load(uncommented, Map.of());
    assertEquals(Duration.ofSeconds(30), config.digestCheck());
    assertEquals(
        List.of("mothership", "example-latest"),
        config.sources().stream().map(s -> s.id().value()).toList());
    Source example = config.sources().get(1);
    assertEquals(Source.Kind.PAGE, example.kind());
    assertEquals(ZoneId.of("Europe/London"), example.zone());
    assertTrue(example.accepts(URI.create("https://news.example.org/2026/11/story")));
    assertEquals(
        List.of(new ChannelConfig("@your_channel", List.of(new SourceId("mothership")), true)),
        config.channels());
  }

  @Test
  void appliesDefaultsForOmittedKeys() throws Exception {
    AppConfig config = load(SOURCE, Map.of());
    assertEquals(Duration.ofSeconds(300), config.pollInterval());
    assertEquals(25, config.sendRatePerSecond());
    assertEquals(5, config.maxBacklog());
    assertEquals(ZoneId.systemDefault(), config.displayZone());
    assertEquals(FetchConfig.DEFAULT, config.fetch());
    assertEquals(SummaryBudget.DEFAULT, config.summary());
    assertEquals(List.of(), config.userFetchAllow());
    assertTrue(config.userSources());
    assertEquals(50, config.maxSourcesPerChat());
    assertEquals(Duration.ofSeconds(30), config.digestCheck());
    assertEquals(List.of(), config.channels());
    assertEquals("a", config.sources().get(0).name(), "the name defaults to the id");
    assertEquals(Optional.empty(), config.telegram().token(), "no token means console mode");
    assertEquals(URI.create("https://api.telegram.org"), config.telegram().apiUrl());
    assertEquals(new DatabaseAddress.SqliteFile(dir.resolve("data/newsbot.db")), config.database());
    assertEquals(Set.of(), config.adminChats());
    assertEquals(Optional.empty(), config.http(), "no port: nothing served");
    assertEquals(Optional.empty(), config.llm());
  }

  @Test
  void environmentOverridesTheDotEnvFile() throws Exception {
    Files.writeString(
        dir.resolve(".env"), "# comment\nTELEGRAM_BOT_TOKEN=from-file\nNEWSBOT_DB=\"file.db\"\n");
    AppConfig config = load(SOURCE, Map.of("NEWSBOT_DB", "env.db"));
    assertEquals(Optional.of("from-file"), config.telegram().token());
    assertEquals(new DatabaseAddress.SqliteFile(dir.resolve("env.db")), config.database());
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
  void listsEveryProblemTogetherInTheOrderOfTheKeys() {
    String w = where();
    assertEquals(
        List.of(
            w + ": unknown key 'pol_seconds' (did you mean poll_seconds?) " + TOP_KNOWN,
            w + ": poll_seconds must be a whole number of seconds, from 10 to 86400, got '5'",
            w
                + ": send_rate_per_second must be a whole number of messages per second, from 1"
                + " to 30, got '100'; up to 1000 with paid_broadcast: true (Telegram bills the"
                + " sends beyond its free limit in Stars)",
            w
                + ": fetch: unknown key 'max_body_byte' (did you mean max_body_bytes?)"
                + " (known: host_delay_seconds, max_body_bytes)",
            w + ": fetch: host_delay_seconds must be a number of seconds, from 0 to 60, got '61'",
            w
                + ": summary: max_chars must be a whole number of characters, from 40 to 4096,"
                + " got '5000'",
            w + ": source 'ok': feed is not an http(s) URL: ftp://example.org/feed",
            w + ": sources[1]: id 'ok' is used by an earlier source",
            w
                + ": sources[1]: time_zone 'Mars/Olympus' is not a time zone such as"
                + " Asia/Singapore or UTC",
            w + ": 'user_sources' must be true or false, got 'maybe'",
            "TELEGRAM_API_URL is not an http(s) URL: not a url",
            "NEWSBOT_HTTP_PORT must be a port number from 0 to 65535 (0: any free port), or unset"
                + " to serve nothing, got '65536'"),
        problems(
            "poll_seconds: 5\npol_seconds: 5\nsend_rate_per_second: 100\n"
                + "fetch:\n  max_body_byte: 2048\n  host_delay_seconds: 61\n"
                + "summary:\n  max_chars: 5000\n"
                + "user_sources: maybe\n"
                + "sources:\n"
                + "  - id: ok\n    feed: ftp://example.org/feed\n"
                + "  - id: ok\n    feed: https://example.org/other\n    time_zone: Mars/Olympus\n",
            Map.of("TELEGRAM_API_URL", "not a url", "NEWSBOT_HTTP_PORT", "65536")));
  }

  static Stream<Arguments> numbersOutOfRange() {
    String seconds = "a whole number of seconds, from 10 to 86400";
    String rate = "a whole number of messages per second, from 1 to 30";
    String backlog = "a whole number of articles, from 1 to 100";
    String perChat = "a whole number of sources, from 1 to 1000";
    String digest = "a whole number of seconds, from 5 to 3600";
    String body = "a whole number of bytes, from 1024 to 104857600";
    String delay = "a number of seconds, from 0 to 60";
    String sentences = "a whole number of sentences, from 1 to 20";
    String chars = "a whole number of characters, from 40 to 4096";
    return Stream.of(
        Arguments.of("poll_seconds: 9", "poll_seconds must be " + seconds + ", got '9'"),
        Arguments.of("poll_seconds: 86401", "poll_seconds must be " + seconds + ", got '86401'"),
        Arguments.of("poll_seconds: 30.5", "poll_seconds must be " + seconds + ", got '30.5'"),
        Arguments.of("poll_seconds: -1", "poll_seconds must be " + seconds + ", got '-1'"),
        Arguments.of(
            "poll_seconds: 99999999999999999999",
            "poll_seconds must be " + seconds + ", got '99999999999999999999'"),
        Arguments.of(
            "poll_seconds: \"60\"",
            "poll_seconds must be "
                + seconds
                + ", got '60' in quotes, which makes it text; write it without them"),
        Arguments.of("poll_seconds: 5m", "poll_seconds must be " + seconds + ", got '5m'"),
        Arguments.of("poll_seconds: [60]", "poll_seconds must be " + seconds + ", got a list"),
        Arguments.of(
            "send_rate_per_second: 0", "send_rate_per_second must be " + rate + ", got '0'"),
        Arguments.of(
            "send_rate_per_second: 31",
            "send_rate_per_second must be "
                + rate
                + ", got '31'; up to 1000 with paid_broadcast: true (Telegram bills the sends"
                + " beyond its free limit in Stars)"),
        Arguments.of(
            "paid_broadcast: true\nsend_rate_per_second: 1001",
            "send_rate_per_second must be a whole number of messages per second, from 1 to 1000,"
                + " got '1001'"),
        Arguments.of(
            "paid_broadcast: yes please",
            "'paid_broadcast' must be true or false, got 'yes please'"),
        Arguments.of("max_backlog: 0", "max_backlog must be " + backlog + ", got '0'"),
        Arguments.of("max_backlog: 101", "max_backlog must be " + backlog + ", got '101'"),
        Arguments.of(
            "max_sources_per_chat: 0", "max_sources_per_chat must be " + perChat + ", got '0'"),
        Arguments.of(
            "max_sources_per_chat: 1001",
            "max_sources_per_chat must be " + perChat + ", got '1001'"),
        Arguments.of(
            "digest_check_seconds: 4", "digest_check_seconds must be " + digest + ", got '4'"),
        Arguments.of(
            "digest_check_seconds: 3601",
            "digest_check_seconds must be " + digest + ", got '3601'"),
        Arguments.of(
            "fetch:\n  max_body_bytes: 1023",
            "fetch: max_body_bytes must be " + body + ", got '1023'"),
        Arguments.of(
            "fetch:\n  max_body_bytes: 104857601",
            "fetch: max_body_bytes must be " + body + ", got '104857601'"),
        Arguments.of(
            "fetch:\n  max_body_bytes: 5MB",
            "fetch: max_body_bytes must be " + body + ", got '5MB'"),
        Arguments.of(
            "fetch:\n  host_delay_seconds: -0.5",
            "fetch: host_delay_seconds must be " + delay + ", got '-0.5'"),
        Arguments.of(
            "fetch:\n  host_delay_seconds: 61",
            "fetch: host_delay_seconds must be " + delay + ", got '61'"),
        Arguments.of(
            "summary:\n  max_sentences: 0",
            "summary: max_sentences must be " + sentences + ", got '0'"),
        Arguments.of(
            "summary:\n  max_sentences: 21",
            "summary: max_sentences must be " + sentences + ", got '21'"),
        Arguments.of(
            "summary:\n  max_chars: 39", "summary: max_chars must be " + chars + ", got '39'"),
        Arguments.of(
            "summary:\n  max_chars: 4097", "summary: max_chars must be " + chars + ", got '4097'"));
  }

  @ParameterizedTest
  @MethodSource("numbersOutOfRange")
  void saysWhatANumberKeyAllowsAndWhatItGot(String yaml, String problem) {
    assertEquals(List.of(where() + ": " + problem), problems(yaml + "\n" + SOURCE, Map.of()));
  }

  @Test
  void acceptsTheLeastValueOfEveryRange() throws Exception {
    AppConfig config =
        load(
            "poll_seconds: 10\nsend_rate_per_second: 1\nmax_backlog: 1\nmax_sources_per_chat: 1\n"
                + "digest_check_seconds: 5\nfetch:\n  max_body_bytes: 1024\n"
                + "  host_delay_seconds: 0\nsummary:\n  max_sentences: 1\n  max_chars: 40\n"
                + SOURCE,
            Map.of("NEWSBOT_HTTP_PORT", "0"));
    assertEquals(Duration.ofSeconds(10), config.pollInterval());
    assertEquals(1, config.sendRatePerSecond());
    assertEquals(1, config.maxBacklog());
    assertEquals(1, config.maxSourcesPerChat());
    assertEquals(Duration.ofSeconds(5), config.digestCheck());
    assertEquals(new FetchConfig(1024, Duration.ZERO), config.fetch());
    assertEquals(new SummaryBudget(1, 40), config.summary());
    assertEquals(Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 0)), config.http());
  }

  @Test
  void acceptsTheGreatestValueOfEveryRange() throws Exception {
    AppConfig config =
        load(
            "poll_seconds: 86400\nsend_rate_per_second: 30\nmax_backlog: 100\n"
                + "max_sources_per_chat: 1000\ndigest_check_seconds: 3600\n"
                + "fetch:\n  max_body_bytes: 104857600\n  host_delay_seconds: 60\n"
                + "summary:\n  max_sentences: 20\n  max_chars: 4096\n"
                + SOURCE,
            Map.of("NEWSBOT_HTTP_PORT", "65535", "NEWSBOT_HTTP_BIND", "0.0.0.0"));
    assertEquals(Duration.ofDays(1), config.pollInterval());
    assertEquals(30, config.sendRatePerSecond());
    assertEquals(100, config.maxBacklog());
    assertEquals(1000, config.maxSourcesPerChat());
    assertEquals(Duration.ofHours(1), config.digestCheck());
    assertEquals(new FetchConfig(104857600, Duration.ofMinutes(1)), config.fetch());
    assertEquals(new SummaryBudget(20, 4096), config.summary());
    assertEquals(Optional.of(InetSocketAddress.createUnresolved("0.0.0.0", 65535)), config.http());
  }

  @Test
  void namesTheNearestKnownKeyOfAMisspeltOne() {
    String w = where();
    assertEquals(
        List.of(
            w + ": unknown key 'Poll_Seconds' (did you mean poll_seconds?) " + TOP_KNOWN,
            w + ": unknown key 'colour' " + TOP_KNOWN,
            w
                + ": summary: unknown key 'max_char' (did you mean max_chars?)"
                + " (known: max_chars, max_sentences)",
            w
                + ": source 'a': unknown key 'phtos' (did you mean photos?) (known: default,"
                + " exclude, feed, id, include, links, name, page, photos, remove, time_zone)",
            w
                + ": channels[0]: unknown key 'sumary' (did you mean summary?)"
                + " (known: chat, sources, summary)"),
        problems(
            "Poll_Seconds: 60\ncolour: blue\nsummary:\n  max_char: 300\n"
                + "sources:\n  - id: a\n    feed: https://example.org/feed\n    phtos: false\n"
                + "channels:\n  - chat: \"@sg_news\"\n    sources: [a]\n    sumary: false\n",
            Map.of()));
  }

  @Test
  void saysWhatEachOtherKeyAllowsAndWhatItGot() {
    String w = where();
    assertEquals(
        List.of(
            w + ": time_zone 'Mars/Olympus' is not a time zone such as Asia/Singapore or UTC",
            w
                + ": sources[0]: 'id' is missing; give the source one of 1 to 62 lower-case"
                + " letters, digits, '-' or '_', starting with a letter or digit",
            w
                + ": sources[0]: give either 'feed' (an RSS, Atom or RDF feed, or a site that links"
                + " to one) or 'page' (a page that lists articles)",
            w
                + ": sources[1]: id must be 1 to 62 lower-case letters, digits, '-' or '_',"
                + " starting with a letter or digit, got 'Big News'",
            w
                + ": sources[1]: 'photos' must be true or false, got 'true' in quotes, which makes"
                + " it text; write it without them",
            w + ": sources[1]: 'default' must be true or false, got '1'",
            w + ": source 'c': 'include' must be a list of regular expressions, got a mapping",
            w
                + ": source 'c': 'links' selects article links on a listing page; it needs 'page',"
                + " not 'feed'",
            w
                + ": source 'c': 'remove' must be a list of CSS selectors, got a list holding a"
                + " list or mapping",
            w + ": sources[3] must be a mapping with id, name and feed, got 'd'",
            w
                + ": user_fetch_allow: '10.0.0.0/40': the prefix length must be from 0 to 32;"
                + " write ranges such as 10.0.0.0/8, 192.168.1.20 or fd00::/8",
            w
                + ": user_fetch_allow: 'intranet' is not an IP address range; write ranges such as"
                + " 10.0.0.0/8, 192.168.1.20 or fd00::/8"),
        problems(
            "time_zone: Mars/Olympus\nuser_fetch_allow: [10.0.0.0/40, intranet]\nsources:\n"
                + "  - name: Nameless\n"
                + "  - id: Big News\n    feed: https://example.org/feed\n    photos: \"true\"\n"
                + "    default: 1\n"
                + "  - id: c\n    feed: https://example.net/feed\n    include: {a: 1}\n"
                + "    remove: [[x]]\n    links: a\n"
                + "  - d\n",
            Map.of()));
  }

  @Test
  void explainsBadSourceRules() {
    List<String> problems =
        problems(
            "sources:\n  - id: rules\n    page: https://example.org/\n    include: ['(']\n"
                + "    links: 'a[href'\n",
            Map.of());
    String w = where();
    assertEquals(
        List.of(
            w
                + ": source 'rules': include pattern '(' is not a valid regular expression:"
                + " Unclosed group"),
        problems.stream().filter(p -> !p.contains("links selector")).toList());
    // the rest of the message is jsoup's, which words it as it likes
    assertTrue(
        problems
            .get(1)
            .startsWith(w + ": source 'rules': links selector 'a[href' is not valid CSS"),
        problems.get(1));
  }

  @Test
  void saysWhatIsWrongWithTheSectionsThemselves() {
    String w = where();
    assertEquals(
        List.of(
            w + ": fetch must be a mapping with max_body_bytes and host_delay_seconds, got '5'",
            w + ": summary must be a mapping with max_sentences and max_chars, got a list",
            w + ": 'sources' must be a list of {id, name, feed}, got a mapping",
            w + ": 'channels' must be a list of {chat, sources, summary}, got 'none'"),
        problems("fetch: 5\nsummary: [3]\nsources: {a: 1}\nchannels: none\n", Map.of()));
    assertEquals(
        List.of(
            w
                + ": 'sources' is missing; list at least one source with id, name and feed (or page)"),
        problems("poll_seconds: 60\n", Map.of()));
    assertEquals(
        List.of(
            w + ": 'sources' is empty; list at least one source with id, name and feed (or page)"),
        problems("sources: []\n", Map.of()));
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
  void readsChannels() throws Exception {
    AppConfig config =
        load(
            SOURCE
                + "channels:\n  - chat: \"@sg_news\"\n    sources: [a]\n    summary: false\n"
                + "  - chat: -1001234567890\n    sources: a\n",
            Map.of());
    assertEquals(
        List.of(
            new ChannelConfig("@sg_news", List.of(new SourceId("a")), false),
            new ChannelConfig("-1001234567890", List.of(new SourceId("a")), true)),
        config.channels());
  }

  @Test
  void explainsBadChannels() {
    String w = where();
    assertEquals(
        List.of(
            w
                + ": channels[0]: 'chat' must be the channel's @username or its numeric id, such as"
                + " -1001234567890, got 'news'",
            w + ": channels[1]: no source 'b' is configured (configured: a)",
            w
                + ": channels[2]: 'sources' must name at least one configured source"
                + " (configured: a)",
            w + ": channels[2]: 'summary' must be true or false, got 'yes please'",
            w + ": channels[3] must be a mapping with chat and sources, got '@elsewhere'"),
        problems(
            SOURCE
                + "channels:\n  - chat: news\n    sources: [a]\n"
                + "  - chat: \"-100123\"\n    sources: [b]\n"
                + "  - chat: \"@sg_news\"\n    summary: yes please\n"
                + "  - \"@elsewhere\"\n",
            Map.of()));
  }

  @Test
  void readsTheOperatorsChatIds() throws Exception {
    assertEquals(
        Set.of(12345L, -100678L),
        load(SOURCE, Map.of("ADMIN_CHAT_IDS", "12345, -100678")).adminChats());
  }

  @Test
  void saysWhatEachEnvironmentVariableAllowsAndWhatItGot() {
    assertEquals(
        List.of(
            "NEWSBOT_LLM_URL is not an http(s) URL: localhost:11434",
            "TELEGRAM_API_URL is not an http(s) URL: ftp://api.telegram.org",
            "ADMIN_CHAT_IDS: 'me' is not a chat id; list numeric ids separated by commas, such as"
                + " 12345,-100678 (a user's id is what @userinfobot tells them)",
            "NEWSBOT_HTTP_PORT must be a port number from 0 to 65535 (0: any free port), or unset"
                + " to serve nothing, got '-1'",
            "NEWSBOT_HTTP_BIND must be an IP address or host name of this machine, such as"
                + " 127.0.0.1 (reached from this machine only) or 0.0.0.0 (from every network),"
                + " got 'my laptop'",
            "NEWSBOT_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF (or unset for"
                + " INFO), got 'WARNING'"),
        problems(
            SOURCE,
            Map.of(
                "NEWSBOT_LLM_URL", "localhost:11434",
                "NEWSBOT_LLM_MODEL", "llama3.2",
                "TELEGRAM_API_URL", "ftp://api.telegram.org",
                "ADMIN_CHAT_IDS", "12345,me",
                "NEWSBOT_HTTP_PORT", "-1",
                "NEWSBOT_HTTP_BIND", "my laptop",
                "NEWSBOT_LOG_LEVEL", "WARNING")));
  }

  @Test
  void saysWhichHalfOfTheLlmSettingsIsMissing() {
    assertEquals(
        List.of(
            "NEWSBOT_LLM_URL is set but NEWSBOT_LLM_MODEL is not; name the model, for example"
                + " llama3.2"),
        problems(SOURCE, Map.of("NEWSBOT_LLM_URL", "http://localhost:11434/v1")));
    assertEquals(
        List.of(
            "NEWSBOT_LLM_MODEL is set but NEWSBOT_LLM_URL is not; set both to use an LLM for"
                + " summaries"),
        problems(SOURCE, Map.of("NEWSBOT_LLM_MODEL", "llama3.2")));
  }

  @Test
  void aBlankBindAddressMeansTheDefaultAndALogLevelIsReadInAnyCase() throws Exception {
    AppConfig config =
        load(
            SOURCE,
            Map.of(
                "NEWSBOT_HTTP_PORT",
                "9464",
                "NEWSBOT_HTTP_BIND",
                " ",
                "NEWSBOT_LOG_LEVEL",
                "debug"));
    assertEquals(Optional.of(InetSocketAddress.createUnresolved("127.0.0.1", 9464)), config.http());
  }

  @Test
  void aNonNumericPortIsNamedAsSuch() {
    assertEquals(
        List.of(
            "NEWSBOT_HTTP_PORT must be a port number from 0 to 65535 (0: any free port), or unset"
                + " to serve nothing, got 'http'"),
        problems(SOURCE, Map.of("NEWSBOT_HTTP_PORT", "http")));
  }

  @Test
  void readsTheRangesUserLinksMayReach() throws Exception {
    AppConfig config =
        load("user_fetch_allow: [10.0.0.0/8, 127.0.0.1, \"fd00::/8\"]\n" + SOURCE, Map.of());
    assertEquals(
        List.of("10.0.0.0/8", "127.0.0.1/32", "fd00:0:0:0:0:0:0:0/8"),
        config.userFetchAllow().stream().map(Object::toString).toList());
  }

  @Test
  void refusesATokenInTheConfigFileOnceAndWithoutPrintingIt() {
    List<String> problems =
        problems("telegram_bot_token: 123456:SECRET-in-the-file\n" + SOURCE, Map.of());
    assertEquals(
        List.of(
            where()
                + ": 'telegram_bot_token': the bot token is not read from the config file; remove"
                + " it from there and put it in .env (or the environment) as TELEGRAM_BOT_TOKEN"),
        problems);
    assertFalse(problems.toString().contains("SECRET-in-the-file"), problems.toString());
  }

  @Test
  void saysWhenTheConfigFileIsMissing() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> new ConfigLoader(dir, Map.of()).load());
    assertEquals(
        List.of(
            "config file "
                + dir.resolve("config/newsbot.yml")
                + " does not exist (set NEWSBOT_CONFIG or copy config/newsbot.yml)"),
        e.problems());
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
  void neverPrintsTheToken() throws Exception {
    AppConfig config = load(SOURCE, Map.of("TELEGRAM_BOT_TOKEN", "123:secret"));
    assertTrue(!config.toString().contains("secret"), config.toString());
  }
}
