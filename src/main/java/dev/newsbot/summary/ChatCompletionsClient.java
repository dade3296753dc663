package dev.newsbot.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One round trip to an OpenAI-compatible {@code POST /chat/completions}: a system and a user
 * message in, the first choice's message content out. Sends only {@code model} and {@code
 * messages}, which every compatible server accepts (newer OpenAI models reject {@code max_tokens}
 * and non-default {@code temperature}).
 */
final class ChatCompletionsClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final int MAX_ERROR_BODY = 200;

  private final LlmConfig config;
  private final OkHttpClient http;
  private final Duration timeout;
  private final ObjectMapper json = new ObjectMapper();

  ChatCompletionsClient(LlmConfig config, OkHttpClient http, Duration timeout) {
    this.config = config;
    this.http = http;
    this.timeout = timeout;
  }

  /** The model's answer, stripped; never blank. */
  String complete(String system, String user) throws LlmException {
    Request.Builder request =
        new Request.Builder()
            .url(config.endpoint().toString())
            .post(RequestBody.create(body(system, user), JSON));
    config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
    var call = http.newCall(request.build());
    // A deadline for the whole call, connect to last byte, without building a second client.
    call.timeout().timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    try (Response response = call.execute()) {
      String text = readBody(response.body());
      if (!response.isSuccessful()) {
        throw new LlmException("HTTP " + response.code() + errorDetail(response.code(), text));
      }
      return answer(text);
    } catch (InterruptedIOException e) {
      throw new LlmException("no answer within " + timeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw new LlmException(
          "request failed: " + e.getClass().getSimpleName() + ": " + redact(e.getMessage()), e);
    }
  }

  private String body(String system, String user) {
    ObjectNode root = json.createObjectNode();
    root.put("model", config.model());
    ArrayNode messages = root.putArray("messages");
    messages.addObject().put("role", "system").put("content", system);
    messages.addObject().put("role", "user").put("content", user);
    return root.toString();
  }

  private String answer(String text) throws LlmException {
    JsonNode root;
    try {
      root = json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new LlmException("response is not JSON: " + snippet(text));
    }
    JsonNode choices = root == null ? null : root.get("choices");
    if (choices == null || !choices.isArray() || choices.isEmpty()) {
      throw new LlmException("response has no choices: " + snippet(text));
    }
    JsonNode content = choices.get(0).path("message").path("content");
    if (!content.isTextual() || content.asText().isBlank()) {
      throw new LlmException("first choice has no text content: " + snippet(text));
    }
    return content.asText().strip();
  }

  private static String readBody(ResponseBody body) throws IOException {
    return body == null ? "" : body.string();
  }

  /** Authentication errors may echo the key; their bodies are left out. */
  private String errorDetail(int code, String text) {
    return code == 401 || code == 403 ? "" : ": " + snippet(text);
  }

  private String snippet(String text) {
    String s = redact(text).replaceAll("\\s+", " ").strip();
    return s.length() <= MAX_ERROR_BODY ? s : s.substring(0, MAX_ERROR_BODY) + "...";
  }

  private String redact(String text) {
    if (text == null) {
      return "";
    }
    return config.apiKey().map(key -> text.replace(key, "(redacted)")).orElse(text);
  }
}
