package dev.newsbot.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.newsbot.fetch.Cidr;
import dev.newsbot.news.Source;
import dev.newsbot.news.SourceId;
import dev.newsbot.summary.LlmConfig;
import dev.newsbot.summary.SummaryBudget;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
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

  private static final Set<String> TOP_KEYS =
      Set.of(
          "poll_seconds",
          "send_rate_per_second",
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

  private static final Set<String> SUMMARY_KEYS = Set.of("max_sentences", "max_chars");
  private static final Set<String> FETCH_KEYS = Set.of("max_body_bytes", "host_delay_seconds");
  private static final Set<String> SOURCE_KEYS =
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

    checkSecrets(root, where, problems);
    checkKeys(root, TOP_KEYS, where, problems);
    int pollSeconds = positiveInt(root, "poll_seconds", DEFAULT_POLL_SECONDS, where, problems);
    int sendRate = positiveInt(root, "send_rate_per_second", DEFAULT_SEND_RATE, where, problems);
    int maxBacklog = positiveInt(root, "max_backlog", DEFAULT_MAX_BACKLOG, where, problems);
    ZoneId displayZone = zone(root, ZoneId.systemDefault(), where, problems);
    FetchConfig fetch = fetch(root.path("fetch"), where, problems);
    SummaryBudget summary = summary(root.path("summary"), where, problems);
    Optional<LlmConfig> llm = llm(env, problems);
    List<Source> sources = sources(root.path("sources"), displayZone, where, problems);
    List<Cidr> userFetchAllow = ranges(root, "user_fetch_allow", where, problems);
    boolean userSources = bool(root, "user_sources", true, where, problems);
    int maxSourcesPerChat =
        positiveInt(root, "max_sources_per_chat", DEFAULT_MAX_SOURCES_PER_CHAT, where, problems);
    int digestCheckSeconds = positiveInt(root, "digest_check_seconds", 30, where, problems);

    Optional<String> token =
        Optional.ofNullable(env.get("TELEGRAM_BOT_TOKEN"))
            .map(String::strip)
            .filter(t -> !t.isEmpty());
    URI apiUrl = DEFAULT_TELEGRAM_API;
    String rawApiUrl = env.get("TELEGRAM_API_URL");
    if (rawApiUrl != null && !rawApiUrl.isBlank()) {
      apiUrl = httpUrl(rawApiUrl.strip(), "TELEGRAM_API_URL", problems);
    }
    Path database = workingDir.resolve(env.getOrDefault("NEWSBOT_DB", DEFAULT_DATABASE));
    Set<Long> adminChats = adminChats(env.getOrDefault("ADMIN_CHAT_IDS", ""), problems);
    List<ChannelConfig> channels = channels(root.path("channels"), sources, where, problems);
    Optional<java.net.InetSocketAddress> http = http(env, problems);

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
        http);
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

  private static List<ChannelConfig> channels(
      JsonNode node, List<Source> sources, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      problems.add(where + ": 'channels' must be a list of {chat, sources, summary}");
      return List.of();
    }
    Set<String> known = new HashSet<>();
    sources.forEach(s -> known.add(s.id().value()));
    List<ChannelConfig> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String label = where + ": channels[" + i + "]";
      checkKeys(c, Set.of("chat", "sources", "summary"), label, problems);
      String chat = c.path("chat").asText("").strip();
      if (!chat.matches("@[A-Za-z][A-Za-z0-9_]{3,31}|-?\\d+")) {
        problems.add(
            label
                + ": 'chat' must be the channel's @username or its numeric id, got '"
                + chat
                + "'");
        continue;
      }
      List<SourceId> ids = new ArrayList<>();
      for (String id : strings(c, "sources", label, problems)) {
        if (!known.contains(id)) {
          problems.add(label + ": no source '" + id + "' is configured");
        } else {
          ids.add(new SourceId(id));
        }
      }
      if (ids.isEmpty()) {
        problems.add(label + ": 'sources' must name at least one configured source");
        continue;
      }
      out.add(new ChannelConfig(chat, ids, bool(c, "summary", true, label, problems)));
    }
    return out;
  }

  private static Optional<java.net.InetSocketAddress> http(
      Map<String, String> env, List<String> problems) {
    String port = env.getOrDefault("NEWSBOT_HTTP_PORT", "").strip();
    if (port.isEmpty()) {
      return Optional.empty();
    }
    String bind = env.getOrDefault("NEWSBOT_HTTP_BIND", "127.0.0.1").strip();
    try {
      int n = Integer.parseInt(port);
      if (n < 0 || n > 65535) {
        throw new NumberFormatException(port);
      }
      return Optional.of(java.net.InetSocketAddress.createUnresolved(bind, n));
    } catch (NumberFormatException e) {
      problems.add(
          "NEWSBOT_HTTP_PORT: '"
              + port
              + "' is not a port; give a number from 1 to 65535 (or leave it unset for no endpoint)");
      return Optional.empty();
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

  private static void checkSecrets(JsonNode root, String where, List<String> problems) {
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (SECRET_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
        problems.add(
            where
                + ": '"
                + key
                + "': the bot token is not read from the config file; remove it from there and"
                + " put it in .env (or the environment) as TELEGRAM_BOT_TOKEN");
      }
    }
  }

  private static List<Cidr> ranges(JsonNode node, String key, String where, List<String> problems) {
    List<Cidr> out = new ArrayList<>();
    for (String range : strings(node, key, where, problems)) {
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

  private static void checkKeys(
      JsonNode node, Set<String> known, String where, List<String> problems) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        String near = nearest(key, known);
        problems.add(
            where
                + ": unknown key '"
                + key
                + "'"
                + (near == null ? "" : " (did you mean " + near + "?)")
                + " (known: "
                + String.join(", ", known.stream().sorted().toList())
                + ")");
      }
    }
  }

  /** The known key at most two edits from {@code key}, if one is. */
  static String nearest(String key, Set<String> known) {
    String best = null;
    int bestDistance = 3;
    for (String k : known.stream().sorted().toList()) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static int positiveInt(
      JsonNode node, String key, int fallback, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 1) {
      problems.add(
          where
              + ": "
              + key
              + " must be a whole number of at least 1, got '"
              + value.asText()
              + "'");
      return fallback;
    }
    return value.asInt();
  }

  private static ZoneId zone(JsonNode node, ZoneId fallback, String where, List<String> problems) {
    JsonNode value = node.get("time_zone");
    if (value == null || value.isNull()) {
      return fallback;
    }
    try {
      return ZoneId.of(value.asText());
    } catch (DateTimeException e) {
      problems.add(
          where
              + ": time_zone '"
              + value.asText()
              + "' is not a time zone such as Asia/Singapore or UTC");
      return fallback;
    }
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
      problems.add(where + ": 'sources' must be a list of {id, name, feed}");
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
        problems.add(label + " must be a mapping with id, name and feed");
        continue;
      }
      int before = problems.size();
      String id = s.path("id").asText("").strip();
      if (id.isEmpty()) {
        problems.add(label + ": 'id' is missing");
      } else if (!SOURCE_ID.matcher(id).matches()) {
        problems.add(label + ": id '" + id + "' must be lower-case letters, digits, '-' or '_'");
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
      List<String> remove = strings(s, "remove", label, problems);
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
      problems.add(label + " must be a mapping with max_body_bytes and host_delay_seconds");
      return FetchConfig.DEFAULT;
    }
    checkKeys(node, FETCH_KEYS, label, problems);
    long maxBody = FetchConfig.DEFAULT.maxBodyBytes();
    JsonNode body = node.get("max_body_bytes");
    if (body != null && !body.isNull()) {
      if (!body.isIntegralNumber() || body.asLong() < 1024) {
        problems.add(
            label
                + ": max_body_bytes must be a whole number of at least 1024, got '"
                + body.asText()
                + "'");
      } else {
        maxBody = body.asLong();
      }
    }
    Duration delay = FetchConfig.DEFAULT.hostDelay();
    JsonNode seconds = node.get("host_delay_seconds");
    if (seconds != null && !seconds.isNull()) {
      if (!seconds.isNumber() || seconds.asDouble() < 0 || seconds.asDouble() > 600) {
        problems.add(
            label
                + ": host_delay_seconds must be a number from 0 to 600, got '"
                + seconds.asText()
                + "'");
      } else {
        delay = Duration.ofMillis(Math.round(seconds.asDouble() * 1000));
      }
    }
    return new FetchConfig(maxBody, delay);
  }

  private static SummaryBudget summary(JsonNode node, String where, List<String> problems) {
    if (node.isMissingNode() || node.isNull()) {
      return SummaryBudget.DEFAULT;
    }
    String label = where + ": summary";
    if (!node.isObject()) {
      problems.add(label + " must be a mapping with max_sentences and max_chars");
      return SummaryBudget.DEFAULT;
    }
    checkKeys(node, SUMMARY_KEYS, label, problems);
    int sentences =
        positiveInt(node, "max_sentences", SummaryBudget.DEFAULT.maxSentences(), label, problems);
    int chars = positiveInt(node, "max_chars", SummaryBudget.DEFAULT.maxChars(), label, problems);
    try {
      return new SummaryBudget(sentences, chars);
    } catch (IllegalArgumentException e) {
      problems.add(label + ": " + e.getMessage());
      return SummaryBudget.DEFAULT;
    }
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

  private static List<String> strings(
      JsonNode node, String key, String label, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (value.isTextual()) {
      return List.of(value.asText());
    }
    if (!value.isArray()) {
      problems.add(label + ": '" + key + "' must be a list of strings");
      return List.of();
    }
    List<String> out = new ArrayList<>();
    value.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<Pattern> patterns(
      JsonNode node, String key, String label, List<String> problems) {
    List<Pattern> out = new ArrayList<>();
    for (String regex : strings(node, key, label, problems)) {
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

  private static boolean bool(
      JsonNode node, String key, boolean fallback, String label, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problems.add(label + ": '" + key + "' must be true or false, got '" + value.asText() + "'");
      return fallback;
    }
    return value.asBoolean();
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
