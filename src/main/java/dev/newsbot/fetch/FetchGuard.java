package dev.newsbot.fetch;

import java.net.InetAddress;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Decides what one fetch may reach, checked on every hop: at DNS time, at connect time, and on each
 * request of the call (redirects included).
 */
public interface FetchGuard {
  /** Sources the operator configured are trusted: any address, any port. */
  FetchGuard TRUSTED =
      new FetchGuard() {
        @Override
        public Optional<Refusal> address(InetAddress address, int port) {
          return Optional.empty();
        }

        @Override
        public Optional<Refusal> url(HttpUrl url) {
          return Optional.empty();
        }
      };

  /**
   * Why the fetch may not connect to {@code address} on {@code port}; empty when it may.
   *
   * @param port the port, or -1 at DNS time, before the port is known
   */
  Optional<Refusal> address(InetAddress address, int port);

  /** Why the fetch may not request {@code url} (its scheme, its user info); empty when it may. */
  Optional<Refusal> url(HttpUrl url);
}
