package dev.newsbot.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An in-process Telegram Bot API server speaking the real JSON wire format: getMe, deleteWebhook,
 * setMyCommands, getUpdates (long polling with offset), sendMessage, sendPhoto, sendRichMessage and
 * answerCallbackQuery, method names matched case-insensitively. Tests play users by queueing
 * updates, script error answers (or any raw HTTP answer: see failure injection below), and read
 * what the bot sent.
 */
public final class FakeTelegram implements AutoCloseable {
  /** Shaped like a token, but not like a real one. */
  public static final String TOKEN = "4242:fake-token-for-tests";

  public static final long BOT_ID = 4242;
  public static final String BOT_USERNAME = "newsbot_test_bot";

  /** One message the bot sent. */
  public record Sent(long chatId, String method, String text, String parseMode, JsonNode request) {}

  /** A scripted error answer for the next send to a chat. */
  private record Failure(int code, String description, ObjectNode parameters) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoopbackServer server;
  private final Object lock = new Object();
  private final Deque<ObjectNode> updates = new ArrayDeque<>();
  private final List<Sent> sent = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final List<String> answers = new ArrayList<>();
  private final java.util.Set<String> admins = new java.util.HashSet<>();
  private final Map<String, Long> channels = new HashMap<>();
  private int nextCallbackId = 1;
  private final Map<Long, Deque<Failure>> failures = new HashMap<>();
  private JsonNode commands;
  private int globalPerSecond;
  private int perChatPerSecond;
  private long latencyMillis;
  private boolean refusePhotos;
  private int rateLimited;
  private long firstSendNanos;
  private long lastSendNanos;
  private final Deque<Long> recentSends = new ArrayDeque<>();
  private final Map<Long, Deque<Long>> recentByChat = new HashMap<>();
  private int nextUpdateId = 1;
  private int nextMessageId = 1;

  private FakeTelegram() throws IOException {
    this.server = new LoopbackServer("fake-telegram", this::handle);
  }

  public static FakeTelegram start() throws IOException {
    return new FakeTelegram();
  }

  /** The base URL to configure as TELEGRAM_API_URL. */
  public URI url() {
    return server.url("");
  }

  // ---- playing users

  /**
   * A user in a private chat sends {@code text}; a leading /command gets its bot_command entity.
   */
  public void userSends(long chatId, String text) {
    enqueue(update(command(chatId, text)));
  }

  /** A user presses the inline button with {@code data} under message {@code messageId}. */
  public void userPresses(long chatId, int messageId, String data) {
    ObjectNode query = JSON.createObjectNode();
    synchronized (lock) {
      query.put("id", "cb" + nextCallbackId++);
    }
    query.set("from", user(chatId > 0 ? chatId : 4242, false));
    ObjectNode message = message(chatId, "the bot's message");
    message.put("message_id", messageId);
    message.set("from", user(BOT_ID, true));
    query.set("message", message);
    query.put("chat_instance", "ci" + chatId);
    query.put("data", data);
    ObjectNode update = JSON.createObjectNode();
    update.set("callback_query", query);
    enqueue(update);
  }

  /** The notes of the button presses the bot answered, in order ("" for none). */
  public List<String> callbackAnswers() {
    synchronized (lock) {
      return List.copyOf(answers);
    }
  }

  /** Waits until the bot has answered {@code n} button presses. */
  public void awaitCallbackAnswers(int n, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (answers.size() < n) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          throw new AssertionError("only " + answers.size() + " presses answered: " + answers);
        }
        lock.wait(left);
      }
    }
  }

  /** A user whose Telegram app is set to {@code languageCode} sends {@code text}. */
  public void userSends(long chatId, String text, String languageCode) {
    ObjectNode message = command(chatId, text);
    ((ObjectNode) message.get("from")).put("language_code", languageCode);
    enqueue(update(message));
  }

  /**
   * User {@code userId} sends {@code text} in group {@code chatId}, in forum topic {@code topic}
   * (0: none).
   */
  public void memberSends(long chatId, long userId, String text, int topic) {
    ObjectNode message = command(chatId, text);
    message.set("from", user(userId, false));
    if (topic != 0) {
      message.put("message_thread_id", topic);
      message.put("is_topic_message", true);
    }
    enqueue(update(message));
  }

  /** A channel Telegram knows by {@code username}; the bot is made one of its administrators. */
  public void channel(String username, long chatId) {
    synchronized (lock) {
      channels.put(username, chatId);
      admins.add(chatId + ":" + BOT_ID);
    }
  }

  private ObjectNode getChat(JsonNode request) {
    String ref = request.path("chat_id").asText();
    Long id;
    synchronized (lock) {
      id = channels.get(ref);
    }
    if (id == null) {
      return error(400, "Bad Request: chat not found", null);
    }
    ObjectNode chat = JSON.createObjectNode();
    chat.put("id", id);
    chat.put("type", "channel");
    chat.put("title", ref);
    chat.put("username", ref.substring(1));
    chat.put("accent_color_id", 0);
    chat.put("max_reaction_count", 11);
    return ok(chat);
  }

  /** Makes {@code userId} an administrator (the owner) of group {@code chatId}. */
  public void makeAdmin(long chatId, long userId) {
    synchronized (lock) {
      admins.add(chatId + ":" + userId);
    }
  }

  private ObjectNode command(long chatId, String text) {
    ObjectNode message = message(chatId, text);
    if (text.startsWith("/")) {
      int end = text.indexOf(' ');
      message
          .putArray("entities")
          .addObject()
          .put("type", "bot_command")
          .put("offset", 0)
          .put("length", end < 0 ? text.length() : end);
    }
    return message;
  }

  private static ObjectNode update(ObjectNode message) {
    ObjectNode update = JSON.createObjectNode();
    update.set("message", message);
    return update;
  }

  private ObjectNode chatMember(JsonNode request) {
    long chat = request.path("chat_id").asLong();
    long user = request.path("user_id").asLong();
    boolean admin;
    synchronized (lock) {
      admin = admins.contains(chat + ":" + user);
    }
    ObjectNode member = JSON.createObjectNode();
    member.put("status", admin ? "creator" : "member");
    member.set("user", user(user, false));
    if (admin) {
      member.put("is_anonymous", false);
    }
    return ok(member);
  }

  /** An update the bot cannot make sense of: a text message that names no chat. */
  public void sendsBrokenUpdate() {
    ObjectNode message = message(1, "/help");
    message.remove("chat");
    ObjectNode update = JSON.createObjectNode();
    update.set("message", message);
    enqueue(update);
  }

  /** The user blocks the bot: Telegram sends a my_chat_member update with status kicked. */
  public void userBlocksBot(long chatId) {
    ObjectNode change = JSON.createObjectNode();
    change.set("chat", chat(chatId));
    change.set("from", user(chatId, false));
    change.put("date", nowSeconds());
    ObjectNode old = change.putObject("old_chat_member");
    old.put("status", "member");
    old.set("user", user(BOT_ID, true));
    ObjectNode now = change.putObject("new_chat_member");
    now.put("status", "kicked");
    now.set("user", user(BOT_ID, true));
    now.put("until_date", 0);
    ObjectNode update = JSON.createObjectNode();
    update.set("my_chat_member", change);
    enqueue(update);
  }

  /** The next send to {@code chatId} is answered with this error instead of being delivered. */
  public void failNextSend(long chatId, int code, String description) {
    failNextSend(chatId, code, description, null);
  }

  public void failNextSend(
      long chatId, int code, String description, Map<String, Object> parameters) {
    ObjectNode params = parameters == null ? null : JSON.valueToTree(parameters);
    synchronized (lock) {
      failures
          .computeIfAbsent(chatId, k -> new ArrayDeque<>())
          .add(new Failure(code, description, params));
    }
  }

  /**
   * Enforces Telegram's limits as a real server would: more than {@code globalPerSecond} sends in
   * any second, or more than {@code perChatPerSecond} to one chat, are answered 429.
   */
  public void enforceLimits(int globalPerSecond, int perChatPerSecond) {
    synchronized (lock) {
      this.globalPerSecond = globalPerSecond;
      this.perChatPerSecond = perChatPerSecond;
    }
  }

  /** Each send takes this long to answer, like a real round trip. */
  public void latency(Duration latency) {
    this.latencyMillis = latency.toMillis();
  }

  /** Answers every sendPhoto as Telegram does when it cannot fetch the image. */
  public void refusePhotos() {
    this.refusePhotos = true;
  }

  /** When the first message was accepted, on the System.nanoTime scale. */
  public long firstSendNanos() {
    synchronized (lock) {
      return firstSendNanos;
    }
  }

  /** When the last message was accepted, on the System.nanoTime scale. */
  public long lastSendNanos() {
    synchronized (lock) {
      return lastSendNanos;
    }
  }

  /** How many sends were answered 429 by {@link #enforceLimits}. */
  public int rateLimited() {
    synchronized (lock) {
      return rateLimited;
    }
  }

  // ---- reading what the bot did

  public List<Sent> sent() {
    synchronized (lock) {
      return List.copyOf(sent);
    }
  }

  public List<Sent> sentTo(long chatId) {
    return sent().stream().filter(s -> s.chatId() == chatId).toList();
  }

  /** The Bot API methods called so far, lower case, in order. */
  public List<String> calls() {
    synchronized (lock) {
      return List.copyOf(calls);
    }
  }

  /** The command menu from the last setMyCommands, or null. */
  public JsonNode commands() {
    synchronized (lock) {
      return commands;
    }
  }

  /** Waits until a message to {@code chatId} matches, and returns it. */
  public Sent awaitSent(long chatId, Predicate<String> match, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        for (Sent s : sent) {
          if (s.chatId() == chatId && match.test(s.text())) {
            return s;
          }
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "no message to chat "
                  + chatId
                  + " matched within "
                  + timeout
                  + "; sent to it: "
                  + sentTo(chatId).stream().map(Sent::text).toList());
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  /** A user sends {@code command} and waits for a reply that contains {@code expected}. */
  public Sent userAsks(long chatId, String command, String expected, Duration timeout)
      throws InterruptedException {
    int before = sentTo(chatId).size();
    userSends(chatId, command);
    return awaitNew(chatId, before, expected, timeout);
  }

  /**
   * Waits for a message to the chat, after its first {@code before}, that contains {@code text}.
   */
  public Sent awaitNew(long chatId, int before, String text, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      List<Sent> sent = sentTo(chatId);
      for (int i = before; i < sent.size(); i++) {
        if (sent.get(i).text().contains(text)) {
          return sent.get(i);
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no message to " + chatId + " with '" + text + "': " + sentTo(chatId));
  }

  /** Waits until {@code method} has been called. */
  public void awaitCall(String method, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String wanted = method.toLowerCase(Locale.ROOT);
    synchronized (lock) {
      while (!calls.contains(wanted)) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              method + " was not called within " + timeout + "; calls: " + calls);
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  // ---- the server

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(exchange, 401, error(401, "Unauthorized", null));
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      JsonNode request = readRequest(exchange);
      synchronized (lock) {
        calls.add(method);
        lock.notifyAll();
      }
      if (answerCanned(method, exchange)) {
        return;
      }
      ObjectNode answer =
          switch (method) {
            case "getme" -> ok(user(BOT_ID, true).put("username", BOT_USERNAME));
            case "deletewebhook" -> ok(JSON.getNodeFactory().booleanNode(true));
            case "answercallbackquery" -> {
              synchronized (lock) {
                answers.add(request.path("text").asText(""));
                lock.notifyAll();
              }
              yield ok(JSON.getNodeFactory().booleanNode(true));
            }
            case "editmessagereplymarkup" -> {
              synchronized (lock) {
                sent.add(new Sent(request.path("chat_id").asLong(), method, "", null, request));
                lock.notifyAll();
              }
              yield ok(JSON.getNodeFactory().booleanNode(true));
            }
            case "setmycommands" -> {
              synchronized (lock) {
                commands = request.get("commands");
              }
              yield ok(JSON.getNodeFactory().booleanNode(true));
            }
            case "getupdates" -> ok(getUpdates(request));
            case "getchatmember" -> chatMember(request);
            case "getchat" -> getChat(request);
            case "sendmessage", "sendphoto", "editmessagetext" -> send(method, request);
            case "sendrichmessage" -> sendRich(request);
            default -> error(404, "Not Found: method not found", null);
          };
      respond(
          exchange,
          answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(),
          answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ArrayNode getUpdates(JsonNode request) throws InterruptedException {
    int offset = request.path("offset").asInt(0);
    long timeoutMillis = TimeUnit.SECONDS.toMillis(request.path("timeout").asInt(0));
    long deadline = System.currentTimeMillis() + timeoutMillis;
    ArrayNode result = JSON.createArrayNode();
    synchronized (lock) {
      updates.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed by the offset
      while (updates.isEmpty()) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return result;
        }
        lock.wait(left);
        updates.removeIf(u -> u.path("update_id").asInt() < offset);
      }
      int limit = request.path("limit").asInt(100);
      for (ObjectNode u : updates) {
        if (result.size() >= limit) {
          break;
        }
        result.add(u);
      }
    }
    return result;
  }

  private ObjectNode send(String method, JsonNode request) throws InterruptedException {
    long chatId = request.path("chat_id").asLong(); // TelegramBots sends it as a string
    if (latencyMillis > 0) {
      Thread.sleep(latencyMillis);
    }
    synchronized (lock) {
      Deque<Failure> scripted = failures.get(chatId);
      Failure failure = scripted == null ? null : scripted.poll();
      if (failure != null) {
        return error(failure.code(), failure.description(), failure.parameters());
      }
      if (method.equals("sendphoto") && refusePhotos) {
        return error(400, "Bad Request: wrong file identifier/HTTP URL specified", null);
      }
      ObjectNode limited = overLimit(chatId);
      if (limited != null) {
        return limited;
      }
      String text =
          request.has("text") ? request.path("text").asText() : request.path("caption").asText();
      String problem = problem(method, text, request.path("parse_mode").asText(""));
      if (problem != null) {
        refused.add(problem);
        return error(400, "Bad Request: " + problem, null);
      }
      return ok(
          delivered(
                  new Sent(chatId, method, text, request.path("parse_mode").asText(null), request))
              .put("text", text));
    }
  }

  /** Records a send Telegram accepted; returns the Message it answers with. Holds the lock. */
  private ObjectNode delivered(Sent s) {
    sent.add(s);
    lastSendNanos = System.nanoTime();
    if (firstSendNanos == 0) {
      firstSendNanos = lastSendNanos;
    }
    lock.notifyAll();
    ObjectNode message = JSON.createObjectNode();
    message.put("message_id", nextMessageId++);
    message.set("from", user(BOT_ID, true));
    message.set("chat", chat(s.chatId()));
    message.put("date", nowSeconds());
    return message;
  }

  /** Why Telegram would refuse this text (its HTML, its length), or null when it would not. */
  private static String problem(String method, String text, String parseMode) {
    String visible = text;
    if (parseMode.equalsIgnoreCase("HTML")) {
      try {
        visible = TelegramHtml.visible(text);
      } catch (TelegramHtml.Refused e) {
        return e.getMessage();
      }
    }
    boolean caption = method.equals("sendphoto");
    if (!caption && visible.isBlank()) {
      return "message text is empty";
    }
    if (visible.length() > (caption ? 1024 : 4096)) { // UTF-16 code units, as Telegram counts
      return caption ? "message caption is too long" : "message is too long";
    }
    return null;
  }

  /** What the fake refused as Telegram would: bad HTML, empty or too long texts. */
  public List<String> refused() {
    synchronized (lock) {
      return List.copyOf(refused);
    }
  }

  /** The 429 answer when a send would break the enforced limits, or null. Holds the lock. */
  private ObjectNode overLimit(long chatId) {
    if (globalPerSecond <= 0) {
      return null;
    }
    long now = System.nanoTime();
    long windowStart = now - TimeUnit.SECONDS.toNanos(1);
    recentSends.removeIf(t -> t < windowStart);
    Deque<Long> chat = recentByChat.computeIfAbsent(chatId, k -> new ArrayDeque<>());
    chat.removeIf(t -> t < windowStart);
    if (recentSends.size() >= globalPerSecond || chat.size() >= perChatPerSecond) {
      rateLimited++;
      ObjectNode parameters = JSON.createObjectNode().put("retry_after", 1);
      return error(429, "Too Many Requests: retry after 1", parameters);
    }
    recentSends.add(now);
    chat.add(now);
    return null;
  }

  private static JsonNode readRequest(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    if (type != null && type.startsWith("multipart/form-data")) {
      return Multipart.parse(body, type);
    }
    return JSON.readTree(body);
  }

  private void enqueue(ObjectNode update) {
    synchronized (lock) {
      update.put("update_id", nextUpdateId++);
      updates.add(update);
      lock.notifyAll();
    }
  }

  private ObjectNode message(long chatId, String text) {
    ObjectNode m = JSON.createObjectNode();
    synchronized (lock) {
      m.put("message_id", nextMessageId++);
    }
    m.set("from", user(chatId, false));
    m.set("chat", chat(chatId));
    m.put("date", nowSeconds());
    m.put("text", text);
    return m;
  }

  private static ObjectNode user(long id, boolean bot) {
    ObjectNode u = JSON.createObjectNode();
    u.put("id", id);
    u.put("is_bot", bot);
    u.put("first_name", bot ? "NewsBot" : "User" + id);
    return u;
  }

  private static ObjectNode chat(long id) {
    ObjectNode c = JSON.createObjectNode();
    c.put("id", id);
    c.put("type", id < 0 ? "supergroup" : "private");
    if (id < 0) {
      c.put("title", "Group " + id);
    } else {
      c.put("first_name", "User" + id);
    }
    return c;
  }

  private static long nowSeconds() {
    return System.currentTimeMillis() / 1000;
  }

  private static ObjectNode ok(JsonNode result) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("ok", true);
    answer.set("result", result);
    return answer;
  }

  private static ObjectNode error(int code, String description, ObjectNode parameters) {
    ObjectNode answer = JSON.createObjectNode();
    answer.put("ok", false);
    answer.put("error_code", code);
    answer.put("description", description);
    if (parameters != null) {
      answer.set("parameters", parameters);
    }
    return answer;
  }

  private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  // ---- rich messages (Bot API 10.1): sendRichMessage, checked against Telegram's documented
  // limits, recorded as a Sent with method "sendrichmessage" and the HTML as its text; or, told to
  // act as an older server, answered as one that does not know the method. Kept together here.

  private static final int RICH_MAX_CHARS = 32_768;
  private static final int RICH_MAX_BLOCKS = 500;
  private static final int RICH_MAX_MEDIA = 50;

  /** The opening tags that make a block, nested ones included (list items, table rows). */
  private static final Pattern RICH_BLOCK =
      Pattern.compile(
          "<(p|h[1-6]|ul|ol|li|blockquote|aside|img|video|audio|pre|footer|hr|table|tr|details"
              + "|tg-collage|tg-slideshow|tg-map|tg-math-block)[\\s/>]",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern RICH_MEDIA_LINK =
      Pattern.compile("tg://(?:photo|video|audio|document)\\?id=([A-Za-z0-9_-]+)");

  private boolean withoutRichMessages;

  /**
   * From now on, answers sendRichMessage as a Bot API server older than 10.1 does: 404 "Not Found:
   * method not found".
   */
  public void actAsServerWithoutRichMessages() {
    synchronized (lock) {
      withoutRichMessages = true;
    }
  }

  private ObjectNode sendRich(JsonNode request) throws InterruptedException {
    long chatId = request.path("chat_id").asLong();
    synchronized (lock) {
      if (withoutRichMessages) {
        return error(404, "Not Found: method not found", null);
      }
    }
    if (latencyMillis > 0) {
      Thread.sleep(latencyMillis);
    }
    synchronized (lock) {
      Deque<Failure> scripted = failures.get(chatId);
      Failure failure = scripted == null ? null : scripted.poll();
      if (failure != null) {
        return error(failure.code(), failure.description(), failure.parameters());
      }
      ObjectNode limited = overLimit(chatId);
      if (limited != null) {
        return limited;
      }
      JsonNode rich = request.path("rich_message");
      String problem = richProblem(rich);
      if (problem != null) {
        refused.add(problem);
        return error(400, "Bad Request: " + problem, null);
      }
      return ok(
          delivered(
              new Sent(chatId, "sendrichmessage", rich.path("html").asText(null), null, request)));
    }
  }

  /** Why Telegram would refuse this rich_message, or null when it would not. */
  private static String richProblem(JsonNode rich) {
    if (!rich.isObject()) {
      return "rich_message must be an object";
    }
    int given = 0;
    for (String field : List.of("html", "markdown", "blocks")) {
      JsonNode value = rich.path(field);
      if (!value.isNull() && (value.isArray() ? !value.isEmpty() : !value.asText("").isEmpty())) {
        given++;
      }
    }
    if (given != 1) {
      return "exactly one of html, markdown or blocks must be specified";
    }
    String text = rich.has("html") ? rich.path("html").asText() : rich.path("markdown").asText();
    if (text.length() > RICH_MAX_CHARS) {
      return "rich message is too long";
    }
    int blocks = 0;
    for (Matcher m = RICH_BLOCK.matcher(text); m.find(); ) {
      blocks++;
    }
    if (blocks > RICH_MAX_BLOCKS) {
      return "rich message has too many blocks";
    }
    Set<String> media = new HashSet<>();
    rich.path("media").forEach(m -> media.add(m.path("id").asText()));
    if (rich.path("media").size() > RICH_MAX_MEDIA) {
      return "rich message has too many media";
    }
    for (Matcher m = RICH_MEDIA_LINK.matcher(text); m.find(); ) {
      if (!media.contains(m.group(1))) {
        return "media \"" + m.group(1) + "\" is not specified";
      }
    }
    return null;
  }

  // ---- failure injection: canned answers that stand in for the handling above, whatever the
  // request. Kept together here, apart from the Bot API's behaviour.

  /** An HTTP answer sent as it is. */
  private record Canned(int status, String contentType, String body) {}

  private final Map<String, Deque<Canned>> canned = new HashMap<>();

  /**
   * The next call to {@code method} (any case) gets this answer instead of the Bot API's; queue
   * several for several calls. Lets tests send 5xx, 429 or a proxy's HTML page.
   */
  public void answerNext(String method, int status, String contentType, String body) {
    synchronized (lock) {
      canned
          .computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>())
          .add(new Canned(status, contentType, body));
    }
  }

  private boolean answerCanned(String method, HttpExchange exchange) throws IOException {
    Canned answer;
    synchronized (lock) {
      Deque<Canned> queued = canned.get(method);
      answer = queued == null ? null : queued.poll();
    }
    if (answer == null) {
      return false;
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", answer.contentType());
    exchange.sendResponseHeaders(answer.status(), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
    return true;
  }

  @Override
  public void close() {
    server.close();
  }
}
