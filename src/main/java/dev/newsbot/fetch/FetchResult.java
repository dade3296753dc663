package dev.newsbot.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Objects;

/** The outcome of a successful GET. */
public sealed interface FetchResult {
  /** 304: nothing changed since the validators were issued. */
  record NotModified() implements FetchResult {}

  /**
   * 200 with a body.
   *
   * @param url where the body came from, after redirects
   * @param contentType the media type without parameters, lower case, or empty
   * @param charset the charset the server declared, or null
   * @param body the bytes, at most the configured cap
   * @param validators what to send next time for a conditional GET
   */
  record Fetched(URI url, String contentType, Charset charset, byte[] body, Validators validators)
      implements FetchResult {
    public Fetched {
      Objects.requireNonNull(url, "url == null");
      Objects.requireNonNull(contentType, "contentType == null");
      Objects.requireNonNull(body, "body == null");
      Objects.requireNonNull(validators, "validators == null");
    }
  }
}
