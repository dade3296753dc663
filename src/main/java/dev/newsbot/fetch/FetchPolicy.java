package dev.newsbot.fetch;

import java.util.Objects;
import okhttp3.Dns;

/**
 * Rules for one fetch, carried on the request so that every hop of it (redirects included) is
 * checked against them.
 *
 * @param maxRedirects how many redirects to follow before giving up
 * @param guard what the fetch may reach, checked at DNS time, at connect time and on every hop
 * @param resolver how host names are looked up
 */
public record FetchPolicy(int maxRedirects, FetchGuard guard, Dns resolver) {
  /** For sources the operator configured. */
  public static final FetchPolicy TRUSTED = new FetchPolicy(5, FetchGuard.TRUSTED, Dns.SYSTEM);

  public FetchPolicy {
    Objects.requireNonNull(guard, "guard == null");
    Objects.requireNonNull(resolver, "resolver == null");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects < 0: " + maxRedirects);
    }
  }
}
