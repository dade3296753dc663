package dev.newsbot.config;

import static dev.newsbot.config.ConfigValues.bool;
import static dev.newsbot.config.ConfigValues.checkKeys;
import static dev.newsbot.config.ConfigValues.given;
import static dev.newsbot.config.ConfigValues.number;
import static dev.newsbot.config.ConfigValues.strings;
import static dev.newsbot.config.ConfigValues.whole;
import static dev.newsbot.config.ConfigValues.zone;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.newsbot.config.ConfigValues.Range;
import dev.newsbot.fetch.Cidr;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.store.DatabaseAddress;
import dev.newsbot.summary.LlmConfig;
import dev.newsbot.summary.SummaryBudget;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * Builds the {@link AppConfig}: built-in defaults, then the YAML file, then the environment (the
 * process's variables win over those in an optional {@code .env} file).
 */
public final class ConfigLoader {
  static final String DEFAULT_CONFIG = "config/newsbot.yml";
  static final String DEFAULT_DATABASE = "data/newsbot.db";
  static final URI DEFAULT_TELEGRAM_API = URI.create("https://api.telegram.org");
  static final int DEFAULT_POLL_SECONDS = 300;
  static final int DEFAULT_SEND_RATE = 25;
  static final int DEFAULT_MAX_BACKLOG = 5;
  static final int DEFAULT_MAX_SOURCES_PER_CHAT = 50;
  static final int DEFAULT_DIGEST_CHECK_SECONDS = 30;
  static final String DEFAULT_HTTP_BIND = "127.0.0.1";

  /**
   * At least 10 s, since a source is fetched every time, and at most a day: a longer interval is
   * more likely a slip of the keyboard than a wish for news.
   */
  static final Range POLL_SECONDS = Range.whole("seconds", 10, 86_400);

  /** Telegram lets a bot send about 30 messages a second, across all chats, free of charge. */
  static final Range SEND_RATE_PER_SECOND = Range.whole("messages per second", 1, 30);

  /** With {@code paid_broadcast: true}, up to 1000 a second, billed in Stars beyond the free 30. */
  static final Range PAID_SEND_RATE_PER_SECOND = Range.whole("messages per second", 1, 1000);

  /** Telegram lets a bot send about one message a second to one chat: 100 takes minutes. */
  static final Range MAX_BACKLOG = Range.whole("articles", 1, 100);

  static final Range MAX_SOURCES_PER_CHAT = Range.whole("sources", 1, 1000);

  /** A digest is late by up to this interval; a check costs one query. */
  static final Range DIGEST_CHECK_SECONDS = Range.whole("seconds", 5, 3600);

  /** Up to 100 MiB: a news page is rarely above 5 MiB, and the whole body is held in memory. */
  static final Range MAX_BODY_BYTES =
      Range.whole("bytes", FetchConfig.MIN_BODY_BYTES, 100L * 1024 * 1024);

  /** robots.txt's Crawl-delay can ask for more; more than a minute between pages stalls a poll. */
  static final Range HOST_DELAY_SECONDS = Range.decimal("seconds", 0, 60);

  static final Range MAX_SENTENCES =
      Range.whole("sentences", SummaryBudget.MIN_SENTENCES, SummaryBudget.MAX_SENTENCES);
  static final Range MAX_CHARS =
      Range.whole("characters", SummaryBudget.MIN_CHARS, SummaryBudget.MAX_CHARS);

  static final Set<String> TOP_KEYS =
      Set.of(
          "poll_seconds",
          "send_rate_per_second",
          "paid_broadcast",
          "max_backlog",
          "time_zone",
          "fetch",
          "summary",
          "user_fetch_allow",
          "user_sources",
          "max_sources_per_chat",
          "digest_check_seconds",
          "channels",
          "sources");

  /** Keys that hold a secret: they belong in the environment, never in the config file. */
  private static final Set<String> SECRET_KEYS =
      Set.of("token", "bot_token", "telegram_bot_token", "telegram_token");

  static final Set<String> SUMMARY_KEYS = Set.of("max_sentences", "max_chars");
  static final Set<String> FETCH_KEYS = Set.of("max_body_bytes", "host_delay_seconds");
  static final Set<String> CHANNEL_KEYS = Set.of("chat", "sources", "summary");
  static final Set<String> SOURCE_KEYS =
      Set.of(
          "id",
          "name",
          "feed",
          "page",
          "time_zone",
          "include",
          "exclude",
          "links",
          "remove",
          "photos",
          "default");
  private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,61}");
  private static final String ID_RULE =
      "1 to 62 lower-case letters, digits, '-' or '_', starting with a letter or digit";

  private static final List<String> LOG_LEVELS =
      List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");

  /** An IP address or host name, without the spaces, slashes or ports that would make it none. */
  private static final Pattern BIND_ADDRESS = Pattern.compile("[A-Za-z0-9._:%-]+");

  private final Path workingDir;
  private final Map<String, String> processEnv;

  /**
   * @param workingDir where relative paths and the optional {@code .env} file are resolved
   * @param processEnv the process environment; it overrides {@code .env}
   */
  public ConfigLoader(Path workingDir, Map<String, String> processEnv) {
    this.workingDir = workingDir;
    this.processEnv = Map.copyOf(processEnv);
  }

  /** Loads and validates everything, reporting all problems together. */
  public AppConfig load() throws ConfigException {
    Map<String, String> env = new HashMap<>(DotEnv.read(workingDir.resolve(".env")));
    env.putAll(processEnv);

    List<String> problems = new ArrayList<>();
    Path configFile = workingDir.resolve(env.getOrDefault("NEWSBOT_CONFIG", DEFAULT_CONFIG));
    JsonNode root = readYaml(configFile);
    String where = configFile.toString();

    checkKeys(withoutSecrets(root, where, problems), TOP_KEYS, where, problems);
    int pollSeconds =
        whole(root, "poll_seconds", POLL_SECONDS, DEFAULT_POLL_SECONDS, where, problems);
    boolean paidBroadcast = bool(root, "paid_broadcast", false, where, problems);
    Range rates = paidBroadcast ? PAID_SEND_RATE_PER_SECOND : SEND_RATE_PER_SECOND;
    JsonNode rawRate = root.path("send_rate_per_second");
    int sendRate;
    if (!paidBroadcast && PAID_SEND_RATE_PER_SECOND.contains(rawRate) && !rates.contains(rawRate)) {
      problems.add(
          where
              + ": send_rate_per_second must be "
              + rates.allowed()
              + ", got '"
              + rawRate.asText()
              + "'; up to "
              + PAID_SEND_RATE_PER_SECOND.max()
              + " with paid_broadcast: true (Telegram bills the sends beyond its free limit in"
              + " Stars)");
      sendRate = DEFAULT_SEND_RATE;
    } else {
      sendRate = whole(root, "send_rate_per_second", rates, DEFAULT_SEND_RATE, where, problems);
    }
    int maxBacklog = whole(root, "max_backlog", MAX_BACKLOG, DEFAULT_MAX_BACKLOG, where, problems);
    ZoneId displayZone = zone(root, ZoneId.systemDefault(), where, problems);
    FetchConfig fetch = fetch(root.path("fetch"), where, problems);
    SummaryBudget summary = summary(root.path("summary"), where, problems);
    Optional<LlmConfig> llm = llm(env, problems);
    List<Source> sources = sources(root.path("sources"), displayZone, where, problems);
    List<Cidr> userFetchAllow = ranges(root, "user_fetch_allow", where, problems);
    boolean userSources = bool(root, "user_sources", true, where, problems);
    int maxSourcesPerChat =
        whole(
            root,
            "max_sources_per_chat",
            MAX_SOURCES_PER_CHAT,
            DEFAULT_MAX_SOURCES_PER_CHAT,
            where,
            problems);
    int digestCheckSeconds =
        whole(
            root,
            "digest_check_seconds",
            DIGEST_CHECK_SECONDS,
            DEFAULT_DIGEST_CHECK_SECONDS,
            where,
            problems);

    Optional<String> token =
        Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN"))
            .map(String::strip)
            .filter(t -> !t.isEmpty());
    URI apiUrl = DEFAULT_TELEGRAM_API;
    String rawApiUrl = env.get("TELEGRAM_API_URL");
    if (rawApiUrl != null && !rawApiUrl.isBlank()) {
      apiUrl = httpUrl(rawApiUrl.strip(), "TELEGRAM_API_URL", problems);
    }
    DatabaseAddress database =
        DatabaseAddress.parse(
            env.getOrDefault("NEWSBOT_DB", DEFAULT_DATABASE),
            workingDir,
            Optional.ofNullable(env.get("NEWSBOT_DB_PASSWORD")).filter(v -> !v.isEmpty()));
    Set<Long> adminChats = adminChats(env.getOrDefault("ADMIN_CHAT_IDS", ""), problems);
    List<ChannelConfig> channels =
        channels(root.path("channels"), root.path("sources"), where, problems);
    Optional<java.net.InetSocketAddress> http = http(env, problems);
    checkLogLevel(problems);

    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new AppConfig(
        Duration.ofSeconds(pollSeconds),
        sendRate,
        displayZone,
        sources,
        new TelegramConfig(token, apiUrl),
        database,
        fetch,
        maxBacklog,
        summary,
        llm,
        userFetchAllow,
        userSources,
        maxSourcesPerChat,
        Duration.ofSeconds(digestCheckSeconds),
        adminChats,
        channels,
        http,
        paidBroadcast);
  }

  private static JsonNode readYaml(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "config file "
              + file
              + " does not exist (set NEWSBOT_CONFIG or copy config/newsbot.yml)");
    } catch (IOException e) {
      throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
    }
    try {
      JsonNode root = new YAMLMapper().readTree(text);
      if (root == null || root.isMissingNode() || root.isNull()) {
        throw new ConfigException(file + ": the file is empty");
      }
      if (!root.isObject()) {
        throw new ConfigException(file + ": expected a mapping of keys at the top level");
      }
      return root;
    } catch (JacksonException e) {
      throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage());
    }
  }

  /**
   * @param sources the file's sources, whose ids channels name: a source with a problem of its own
   *     is still known here, so that a channel is not said to name a source that is not there
   */
  private static List<ChannelConfig> channels(
      JsonNode node, JsonNode sources, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(
          where + ": 'channels' must be a list of {chat, sources, summary}, got " + given(node));
      return List.of();
    }
    Set<String> known = new HashSet<>();
    sources.forEach(s -> known.add(s.path("id").asText("").strip()));
    known.remove("");
    String configured =
        " (configured: " + String.join(", ", known.stream().sorted().toList()) + ")";
    List<ChannelConfig> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String label = where + ": channels[" + i + "]";
      if (!c.isObject()) {
        problems.add(label + " must be a mapping with chat and sources, got " + given(c));
        continue;
      }
      int before = problems.size();
      checkKeys(c, CHANNEL_KEYS, label, problems);
      String chat = c.path("chat").asText("").strip();
      if (!chat.matches("@[A-Za-z][A-Za-z0-9_]{3,31}|-?\\d+")) {
        problems.add(
            label
                + ": 'chat' must be the channel's @username or its numeric id, such as"
                + " -1001234567890, got '"
                + chat
                + "'");
      }
      List<String> names = strings(c, "sources", "source ids", label, problems);
      for (String id : names) {
        if (!known.contains(id)) {
          problems.add(label + ": no source '" + id + "' is configured" + configured);
        }
      }
      if (names.isEmpty() && problems.size() == before) {
        problems.add(label + ": 'sources' must name at least one configured source" + configured);
      }
      boolean summary = bool(c, "summary", true, label, problems);
      if (problems.size() == before) {
        out.add(new ChannelConfig(chat, names.stream().map(SourceId::new).toList(), summary));
      }
    }
    return out;
  }

  private static Optional<java.net.InetSocketAddress> http(
      Map<String, String> env, List<String> problems) {
    String port = env.getOrDefault("NEWSBOT_HTTP_PORT", "").strip();
    if (port.isEmpty()) {
      return Optional.empty();
    }
    String bind = env.getOrDefault("NEWSBOT_HTTP_BIND", "").strip();
    if (bind.isEmpty()) {
      bind = DEFAULT_HTTP_BIND;
    }
    int n = -1;
    try {
      n = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      // reported below, as a number out of range is
    }
    boolean portOk = n >= 0 && n <= 65535;
    boolean bindOk = BIND_ADDRESS.matcher(bind).matches();
    if (!portOk) {
      problems.add(
          "NEWSBOT_HTTP_PORT must be a port number from 0 to 65535 (0: any free port), or unset"
              + " to serve nothing, got '"
              + port
              + "'");
    }
    if (!bindOk) {
      problems.add(
          "NEWSBOT_HTTP_BIND must be an IP address or host name of this machine, such as"
              + " 127.0.0.1 (reached from this machine only) or 0.0.0.0 (from every network),"
              + " got '"
              + bind
              + "'");
    }
    return portOk && bindOk
        ? Optional.of(java.net.InetSocketAddress.createUnresolved(bind, n))
        : Optional.empty();
  }

  /**
   * Logback reads NEWSBOT_LOG_LEVEL from the process environment (not {@code .env}) and takes a
   * misspelt level for DEBUG, without a word: a misspelling is a problem here instead.
   */
  private void checkLogLevel(List<String> problems) {
    String level = processEnv.getOrDefault("NEWSBOT_LOG_LEVEL", "").strip();
    if (!level.isEmpty() && !LOG_LEVELS.contains(level.toUpperCase(Locale.ROOT))) {
      problems.add(
          "NEWSBOT_LOG_LEVEL must be one of "
              + String.join(", ", LOG_LEVELS)
              + " (or unset for INFO), got '"
              + level
              + "'");
    }
  }

  private static Set<Long> adminChats(String text, List<String> problems) {
    Set<Long> out = new HashSet<>();
    for (String part : text.split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        out.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        problems.add(
            "ADMIN_CHAT_IDS: '"
                + part
                + "' is not a chat id; list numeric ids separated by commas, such as 12345,-100678"
                + " (a user's id is what @userinfobot tells them)");
      }
    }
    return out;
  }

  /**
   * Records a token written in the file, without printing it; returns the file's keys less those,
   * so that a token is not also reported as an unknown key.
   */
  private static JsonNode withoutSecrets(JsonNode root, String where, List<String> problems) {
    ObjectNode rest = root.deepCopy();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
        rest.remove(key);
        problems.add(
            where
                + ": '"
                + key
                + "': the bot token is not read from the config file; remove it from there and"
                + " put it in .env (or the environment) as TELEGRAM_BOT_TOKEN");
      }
    }
    return rest;
  }

  private static List<Cidr> ranges(JsonNode node, String key, String where, List<String> problems) {
    List<Cidr> out = new ArrayList<>();
    for (String range : strings(node, key, "address ranges", where, problems)) {
      try {
        out.add(Cidr.parse(range));
      } catch (IllegalArgumentException e) {
        problems.add(
            where
                + ": "
                + key
                + ": "
                + e.getMessage()
                + "; write ranges such as 10.0.0.0/8, 192.168.1.20 or fd00::/8");
      }
    }
    return out;
  }

  private static List<Source> sources(
      JsonNode node, ZoneId defaultZone, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      problems.add(
          where
              + ": 'sources' is missing; list at least one source with id, name and feed (or page)");
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(where + ": 'sources' must be a list of {id, name, feed}, got " + given(node));
      return List.of();
    }
    if (node.isEmpty()) {
      problems.add(
          where
              + ": 'sources' is empty; list at least one source with id, name and feed (or page)");
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode s = node.get(i);
      String label = where + ": sources[" + i + "]";
      if (!s.isObject()) {
        problems.add(label + " must be a mapping with id, name and feed, got " + given(s));
        continue;
      }
      int before = problems.size();
      String id = s.path("id").asText("").strip();
      if (id.isEmpty()) {
        problems.add(label + ": 'id' is missing; give the source one of " + ID_RULE);
      } else if (!SOURCE_ID.matcher(id).matches()) {
        problems.add(label + ": id must be " + ID_RULE + ", got '" + id + "'");
      } else if (!ids.add(id)) {
        problems.add(label + ": id '" + id + "' is used by an earlier source");
      } else {
        label = where + ": source '" + id + "'";
      }
      checkKeys(s, SOURCE_KEYS, label, problems);
      String name = s.path("name").asText(id).strip();
      Source.Kind kind = null;
      URI url = null;
      boolean hasFeed = s.hasNonNull("feed");
      boolean hasPage = s.hasNonNull("page");
      if (hasFeed == hasPage) {
        problems.add(
            label
                + ": give either 'feed' (an RSS, Atom or RDF feed, or a site that links to one)"
                + " or 'page' (a page that lists articles)");
      } else {
        kind = hasFeed ? Source.Kind.FEED : Source.Kind.PAGE;
        String key = hasFeed ? "feed" : "page";
        url = httpUrl(s.path(key).asText("").strip(), label + ": " + key, problems);
      }
      ZoneId zone = zone(s, defaultZone, label, problems);
      List<Pattern> include = patterns(s, "include", label, problems);
      List<Pattern> exclude = patterns(s, "exclude", label, problems);
      String links = s.hasNonNull("links") ? s.path("links").asText().strip() : null;
      if (links != null && kind == Source.Kind.FEED) {
        problems.add(
            label
                + ": 'links' selects article links on a listing page; it needs 'page', not 'feed'");
      }
      if (links != null) {
        checkSelector(links, label + ": links", problems);
      }
      List<String> remove = strings(s, "remove", "CSS selectors", label, problems);
      for (String selector : remove) {
        checkSelector(selector, label + ": remove", problems);
      }
      boolean photos = bool(s, "photos", true, label, problems);
      boolean followedByDefault = bool(s, "default", false, label, problems);
      if (problems.size() == before) {
        sources.add(
            new Source(
                new SourceId(id),
                name.isEmpty() ? id : name,
                kind,
                url,
                zone,
                include,
                exclude,
                links,
                remove,
                photos,
                followedByDefault,
                Source.Origin.CONFIGURED));
      }
    }
    if (sources.stream().noneMatch(Source::followedByDefault)) {
      // none marked: /start follows them all
      sources.replaceAll(
          c ->
              new Source(
                  c.id(),
                  c.name(),
                  c.kind(),
                  c.url(),
                  c.zone(),
                  c.include(),
                  c.exclude(),
                  c.links(),
                  c.remove(),
                  c.photos(),
                  true,
                  c.origin()));
    }
    return sources;
  }

  private static FetchConfig fetch(JsonNode node, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return FetchConfig.DEFAULT;
    }
    String label = where + ": fetch";
    if (!node.isObject()) {
      problems.add(
          label
              + " must be a mapping with max_body_bytes and host_delay_seconds, got "
              + given(node));
      return FetchConfig.DEFAULT;
    }
    checkKeys(node, FETCH_KEYS, label, problems);
    long maxBody =
        (long)
            number(
                node,
                "max_body_bytes",
                MAX_BODY_BYTES,
                FetchConfig.DEFAULT.maxBodyBytes(),
                label,
                problems);
    double delaySeconds =
        number(
            node,
            "host_delay_seconds",
            HOST_DELAY_SECONDS,
            FetchConfig.DEFAULT.hostDelay().toMillis() / 1000.0,
            label,
            problems);
    Duration delay = Duration.ofMillis(Math.round(delaySeconds * 1000));
    return new FetchConfig(maxBody, delay);
  }

  private static SummaryBudget summary(JsonNode node, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return SummaryBudget.DEFAULT;
    }
    String label = where + ": summary";
    if (!node.isObject()) {
      problems.add(
          label + " must be a mapping with max_sentences and max_chars, got " + given(node));
      return SummaryBudget.DEFAULT;
    }
    checkKeys(node, SUMMARY_KEYS, label, problems);
    int sentences =
        whole(
            node,
            "max_sentences",
            MAX_SENTENCES,
            SummaryBudget.DEFAULT.maxSentences(),
            label,
            problems);
    int chars =
        whole(node, "max_chars", MAX_CHARS, SummaryBudget.DEFAULT.maxChars(), label, problems);
    return new SummaryBudget(sentences, chars);
  }

  private static Optional<LlmConfig> llm(Map<String, String> env, List<String> problems) {
    String url = env.getOrDefault("NEWSBOT_LLM_URL", "").strip();
    String model = env.getOrDefault("NEWSBOT_LLM_MODEL", "").strip();
    if (url.isEmpty()) {
      if (!model.isEmpty()) {
        problems.add(
            "NEWSBOT_LLM_MODEL is set but NEWSBOT_LLM_URL is not; set both to use an LLM for summaries");
      }
      return Optional.empty();
    }
    if (model.isEmpty()) {
      problems.add(
          "NEWSBOT_LLM_URL is set but NEWSBOT_LLM_MODEL is not; name the model, for example llama3.2");
      return Optional.empty();
    }
    try {
      return Optional.of(
          new LlmConfig(new URI(url), model, Optional.ofNullable(env.get("NEWSBOT_LLM_API_KEY"))));
    } catch (URISyntaxException | IllegalArgumentException e) {
      problems.add("NEWSBOT_LLM_URL is not an http(s) URL: " + url);
      return Optional.empty();
    }
  }

  private static List<Pattern> patterns(
      JsonNode node, String key, String label, List<String> problems) {
    List<Pattern> out = new ArrayList<>();
    for (String regex : strings(node, key, "regular expressions", label, problems)) {
      try {
        out.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        problems.add(
            label
                + ": "
                + key
                + " pattern '"
                + regex
                + "' is not a valid regular expression: "
                + e.getDescription());
      }
    }
    return out;
  }

  private static void checkSelector(String selector, String label, List<String> problems) {
    try {
      QueryParser.parse(selector);
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      problems.add(label + " selector '" + selector + "' is not valid CSS: " + e.getMessage());
    }
  }

  private static URI httpUrl(String raw, String label, List<String> problems) {
    try {
      URI uri = new URI(raw);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below, with the value, which is more useful than the parser's position
    }
    problems.add(label + " is not an http(s) URL: " + raw);
    return DEFAULT_TELEGRAM_API;
  }
}
