package dev.newsbot.summary;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the optional LLM summariser sends its requests: any OpenAI-compatible chat-completions API.
 *
 * @param url the API base ({@code https://api.openai.com/v1}, {@code http://localhost:11434/v1}),
 *     to which {@code /chat/completions} is appended, or the full endpoint URL ending in {@code
 *     /chat/completions}, used as given
 * @param model the model name sent with each request
 * @param apiKey sent as {@code Authorization: Bearer ...} when present; blank counts as absent.
 *     Never printed: {@link #toString()} redacts it
 */
public record LlmConfig(URI url, String model, Optional<String> apiKey) {
  private static final String PATH = "chat/completions";

  public LlmConfig {
    Objects.requireNonNull(url, "url == null");
    Objects.requireNonNull(model, "model == null");
    Objects.requireNonNull(apiKey, "apiKey == null (use Optional.empty())");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException(
          "LLM url is not an http(s) URL with a host: " + redact(url));
    }
    if (model.isBlank()) {
      throw new IllegalArgumentException("LLM model is blank");
    }
    apiKey = apiKey.map(String::strip).filter(k -> !k.isEmpty());
  }

  /**
   * The chat-completions endpoint: {@code url} if it already ends in it, else {@code
   * url/chat/completions}.
   */
  public URI endpoint() {
    String path = url.getPath() == null ? "" : url.getPath();
    if (path.endsWith("/" + PATH)) {
      return url;
    }
    String base = url.toString();
    int query = base.indexOf('?');
    String head = query < 0 ? base : base.substring(0, query);
    String tail = query < 0 ? "" : base.substring(query);
    return URI.create((head.endsWith("/") ? head : head + "/") + PATH + tail);
  }

  /** The endpoint without user info or query, which may hold credentials: safe to log. */
  String endpointForLogs() {
    return redact(endpoint());
  }

  private static String redact(URI uri) {
    return uri.getScheme()
        + "://"
        + uri.getHost()
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + (uri.getPath() == null ? "" : uri.getPath());
  }

  @Override
  public String toString() {
    return "LlmConfig[url="
        + redact(url)
        + ", model="
        + model
        + ", apiKey="
        + (apiKey.isPresent() ? "(redacted)" : "(none)")
        + "]";
  }
}
