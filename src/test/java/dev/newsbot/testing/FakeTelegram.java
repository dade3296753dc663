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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
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

  /**
   * One message the bot sent, and when it arrived (System.nanoTime scale). In {@link #lean()} mode
   * {@code text} is cut to its first {@value #LEAN_TEXT_CHARS} characters and {@code request} is
   * null.
   */
  public record Sent(
      long chatId,
      String method,
      String text,
      String parseMode,
      JsonNode request,
      long arrivedNanos) {}

  static final int LEAN_TEXT_CHARS = 120;

  /** A scripted error answer for the next send to a chat. */
  private record Failure(int code, String description, ObjectNode parameters) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LoopbackServer server;
  private final Object lock = new Object();
  private final Deque<ObjectNode> updates = new ArrayDeque<>();
  private final List<Sent> sent = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();
  private final List<String> chatActions = new ArrayList<>();
  private final List<String> refused = new ArrayList<>();
  private final List<String> answers = new ArrayList<>();
  private final java.util.Set<String> admins = new java.util.HashSet<>();
  private final Map<String, Long> channels = new HashMap<>();
  private int nextCallbackId = 1;
  private final Map<Long, Deque<Failure>> failures = new HashMap<>();
  private JsonNode commands;
  private boolean refusePhotos;
  private boolean lean;
  private final SendLimits limits = new SendLimits();
  private volatile long requestLegNanos;
  private volatile long answerLegNanos;
  private volatile long jitterNanos;
  private final AtomicInteger inFlight = new AtomicInteger();
  private int nextUpdateId = 1;
  private int nextMessageId = 1;
  private LongPoll openPoll;
  private int conflicts;

  /** A getUpdates waiting for news, and the client port it came from. */
  private static final class LongPoll {
    final int clientPort;
    boolean terminated;

    LongPoll(int clientPort) {
      this.clientPort = clientPort;
    }
  }

  static final String CONFLICT =
      "Conflict: terminated by other getUpdates request; make sure that only one bot instance is"
          + " running";

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
    memberPresses(chatId, chatId > 0 ? chatId : 4242, messageId, data, 0);
  }

  /**
   * User {@code userId} presses the inline button with {@code data} under message {@code messageId}
   * of chat {@code chatId}, a message in forum topic {@code topic} (0: none).
   */
  public void memberPresses(long chatId, long userId, int messageId, String data, int topic) {
    ObjectNode query = JSON.createObjectNode();
    synchronized (lock) {
      query.put("id", "cb" + nextCallbackId++);
    }
    query.set("from", user(userId, false));
    ObjectNode message = message(chatId, "the bot's message");
    message.put("message_id", messageId);
    message.set("from", user(BOT_ID, true));
    if (topic > 0) {
      message.put("message_thread_id", topic);
      message.put("is_topic_message", true);
    } else if (topic < 0) { // Telegram no longer shows an old message: chat, id and a date of 0
      message = JSON.createObjectNode();
      message.set("chat", chat(chatId));
      message.put("message_id", messageId);
      message.put("date", 0);
    }
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
  public void awaitChatActions(int n, Duration timeout) throws InterruptedException {
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
   * Enforces Telegram's limits as a real server would, in an exact sliding window on the instants
   * sends arrive: a send is answered 429 (with {@code retry_after} the whole seconds until the
   * window has room) when {@code globalPerSecond} sends were accepted in the second before it, or
   * {@code perChatPerSecond} to its chat (a group, chat id below 0: 20 in the minute before it).
   * Only accepted sends count.
   */
  public void enforceLimits(int globalPerSecond, int perChatPerSecond) {
    synchronized (lock) {
      limits.enforce(globalPerSecond, perChatPerSecond);
    }
  }

  /** Each send waits this long before it is counted and answered, as before a round trip. */
  public void latency(Duration latency) {
    requestLegNanos = latency.toNanos();
    answerLegNanos = 0;
    jitterNanos = 0;
  }

  /**
   * Each send takes a round trip of {@code rtt} in two legs of {@code rtt}/2, each longer or
   * shorter by up to {@code jitter} (uniformly): the request leg, then the send is counted against
   * the limits at the instant it arrives, then the answer leg.
   */
  public void latency(Duration rtt, Duration jitter) {
    if (jitter.compareTo(rtt.dividedBy(2)) > 0) {
      throw new IllegalArgumentException("jitter " + jitter + " is more than half of rtt " + rtt);
    }
    requestLegNanos = rtt.toNanos() / 2;
    answerLegNanos = rtt.toNanos() / 2;
    jitterNanos = jitter.toNanos();
  }

  /**
   * Keeps of each accepted send only its chat, method, parse mode, arrival and the first {@value
   * #LEAN_TEXT_CHARS} characters of its text, for benchmarks of 100,000 sends.
   */
  public void lean() {
    synchronized (lock) {
      lean = true;
    }
  }

  private void leg(long nanos) throws InterruptedException {
    long jitter = jitterNanos;
    long n =
        jitter == 0 ? nanos : nanos + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1);
    if (n > 0) {
      TimeUnit.NANOSECONDS.sleep(n);
    }
  }

  /** Answers every sendPhoto as Telegram does when it cannot fetch the image. */
  public void refusePhotos() {
    this.refusePhotos = true;
  }

  /** When the first message was accepted, on the System.nanoTime scale (0: none yet). */
  public long firstSendNanos() {
    return locked(() -> limits.first());
  }

  /** When the last message was accepted, on the System.nanoTime scale (0: none yet). */
  public long lastSendNanos() {
    return locked(() -> limits.last());
  }

  /** How many sends were answered 429 by {@link #enforceLimits}, for either limit. */
  public int rateLimited() {
    return locked(() -> limits.refusedBotWide() + limits.refusedPerChat());
  }

  /** How many sends were answered 429 for the bot-wide limit. */
  public int rateLimitedBotWide() {
    return locked(() -> limits.refusedBotWide());
  }

  /** How many sends were answered 429 for a chat's limit. */
  public int rateLimitedPerChat() {
    return locked(() -> limits.refusedPerChat());
  }

  /** How many sends were accepted. */
  public int sentCount() {
    return locked(() -> sent.size());
  }

  /** The arrival instants of the accepted sends, in order, on the System.nanoTime scale. */
  public long[] acceptedArrivals() {
    return locked(() -> limits.arrivals());
  }

  /** Reads {@code what} with the lock held. */
  private <T> T locked(Supplier<T> what) {
    synchronized (lock) {
      return what.get();
    }
  }

  /** How many sends are on their way now: in their request leg, or in their answer leg. */
  public int inFlight() {
    return inFlight.get();
  }

  /** The most sends accepted in any sliding window of {@code window} (proves the limit held). */
  public int maxAcceptedIn(Duration window) {
    return SendLimits.maxIn(acceptedArrivals(), window.toNanos());
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
  /** The chat actions the bot sent, as "chat:action", in order. */
  public List<String> chatActions() {
    synchronized (lock) {
      return List.copyOf(chatActions);
    }
  }

  private ObjectNode chatAction(JsonNode request) {
    String action = request.path("action").asText("");
    if (!request.hasNonNull("chat_id")
        || !java.util.Set.of(
                "typing",
                "upload_photo",
                "record_video",
                "upload_video",
                "record_voice",
                "upload_voice",
                "upload_document",
                "choose_sticker",
                "find_location",
                "record_video_note",
                "upload_video_note")
            .contains(action)) {
      return error(400, "Bad Request: wrong parameter action in request", null);
    }
    synchronized (lock) {
      chatActions.add(request.path("chat_id").asLong() + ":" + action);
    }
    return ok(JSON.getNodeFactory().booleanNode(true));
  }

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
                sent.add(
                    new Sent(
                        request.path("chat_id").asLong(),
                        method,
                        "",
                        null,
                        request,
                        System.nanoTime()));
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
            case "getupdates" -> getUpdates(request, exchange.getRemoteAddress().getPort());
            case "getchatmember" -> chatMember(request);
            case "getchat" -> getChat(request);
            case "sendmessage", "sendphoto", "editmessagetext" -> send(method, request);
            case "sendrichmessage" -> sendRich(request);
            case "sendchataction" -> chatAction(request);
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

  /**
   * getUpdates, as Telegram answers it: one consumer at a time. A getUpdates that comes while
   * another waits for news ends that one with 409 Conflict (counted, see {@link #conflicts}); a
   * waiting one whose client has gone (a killed bot) ends quietly, as a real server reads the
   * close.
   */
  private ObjectNode getUpdates(JsonNode request, int clientPort) throws InterruptedException {
    int offset = request.path("offset").asInt(0);
    long timeoutMillis = TimeUnit.SECONDS.toMillis(request.path("timeout").asInt(0));
    long deadline = System.currentTimeMillis() + timeoutMillis;
    ArrayNode result = JSON.createArrayNode();
    synchronized (lock) {
      if (openPoll != null && ClientSockets.open(server.port(), openPoll.clientPort)) {
        openPoll.terminated = true;
        conflicts++;
        lock.notifyAll();
      }
      LongPoll mine = new LongPoll(clientPort);
      openPoll = mine;
      try {
        updates.removeIf(u -> u.path("update_id").asInt() < offset); // confirmed by the offset
        while (updates.isEmpty()) {
          long left = deadline - System.currentTimeMillis();
          if (mine.terminated) {
            return error(409, CONFLICT, null);
          }
          if (left <= 0 || !ClientSockets.open(server.port(), clientPort)) {
            return ok(result);
          }
          lock.wait(Math.min(left, 250));
          updates.removeIf(u -> u.path("update_id").asInt() < offset);
        }
        if (mine.terminated) {
          return error(409, CONFLICT, null);
        }
      } finally {
        if (openPoll == mine) {
          openPoll = null;
        }
      }
      int limit = request.path("limit").asInt(100);
      for (ObjectNode u : updates) {
        if (result.size() >= limit) {
          break;
        }
        result.add(u);
      }
    }
    return ok(result);
  }

  /** How many getUpdates ended in 409 Conflict because another came while they waited. */
  public int conflicts() {
    synchronized (lock) {
      return conflicts;
    }
  }

  private ObjectNode send(String method, JsonNode request) throws InterruptedException {
    long chatId = request.path("chat_id").asLong(); // TelegramBots sends it as a string
    return roundTrip(
        chatId,
        arrived -> {
          if (isClosedTopic(chatId, request)) {
            return error(400, "Bad Request: TOPIC_CLOSED", null);
          }
          if (method.equals("sendphoto") && refusePhotos) {
            return error(400, "Bad Request: wrong file identifier/HTTP URL specified", null);
          }
          String text =
              request.has("text")
                  ? request.path("text").asText()
                  : request.path("caption").asText();
          String parseMode = request.path("parse_mode").asText(null);
          return unlessRefused(
              problem(method, text, parseMode == null ? "" : parseMode),
              () -> delivered(chatId, method, text, parseMode, request, arrived).put("text", text));
        });
  }

  private final java.util.Set<String> closedTopics = new java.util.HashSet<>();

  /** The group's forum topic {@code topic} is closed: sends there get TOPIC_CLOSED. */
  public void closeTopic(long chatId, int topic) {
    synchronized (lock) {
      closedTopics.add(chatId + ":" + topic);
    }
  }

  /** Whether the request posts to a closed topic. Holds the lock. */
  private boolean isClosedTopic(long chatId, JsonNode request) {
    return request.hasNonNull("message_thread_id")
        && closedTopics.contains(chatId + ":" + request.path("message_thread_id").asInt());
  }

  /** A 400 for {@code problem} (kept), or without one the Message accepted. Holds the lock. */
  private ObjectNode unlessRefused(String problem, Supplier<ObjectNode> accepted) {
    if (problem != null) {
      refused.add(problem);
      return error(400, "Bad Request: " + problem, null);
    }
    return ok(accepted.get());
  }

  /**
   * One send's round trip: the request leg; at the instant it arrives, a scripted failure, or a 429
   * when over the limits, or else {@code allowed}'s answer (decided with the lock held); then the
   * answer leg.
   */
  private ObjectNode roundTrip(long chatId, LongFunction<ObjectNode> allowed)
      throws InterruptedException {
    inFlight.incrementAndGet();
    try {
      return answerAfterRoundTrip(chatId, allowed);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private ObjectNode answerAfterRoundTrip(long chatId, LongFunction<ObjectNode> allowed)
      throws InterruptedException {
    leg(requestLegNanos);
    ObjectNode answer;
    synchronized (lock) {
      long arrived = System.nanoTime();
      Deque<Failure> scripted = failures.get(chatId);
      Failure failure = scripted == null ? null : scripted.poll();
      if (failure != null) {
        answer = error(failure.code(), failure.description(), failure.parameters());
      } else {
        long retryAfter = limits.retryAfterSeconds(chatId, arrived);
        answer =
            retryAfter > 0
                ? error(
                    429,
                    "Too Many Requests: retry after " + retryAfter,
                    JSON.createObjectNode().put("retry_after", retryAfter))
                : allowed.apply(arrived);
      }
    }
    leg(answerLegNanos);
    return answer;
  }

  /** Records a send Telegram accepted; returns the Message it answers with. Holds the lock. */
  private ObjectNode delivered(
      long chatId, String method, String text, String parseMode, JsonNode request, long arrived) {
    Sent s =
        lean
            ? new Sent(
                chatId,
                method,
                text == null ? null : text.substring(0, Math.min(text.length(), LEAN_TEXT_CHARS)),
                parseMode,
                null,
                arrived)
            : new Sent(chatId, method, text, parseMode, request, arrived);
    sent.add(s);
    limits.accepted(chatId, arrived);
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
    return roundTrip(
        chatId,
        arrived -> {
          if (isClosedTopic(chatId, request)) {
            return error(400, "Bad Request: TOPIC_CLOSED", null);
          }
          JsonNode rich = request.path("rich_message");
          return unlessRefused(
              richProblem(rich),
              () ->
                  delivered(
                      chatId,
                      "sendrichmessage",
                      rich.path("html").asText(null),
                      null,
                      request,
                      arrived));
        });
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
