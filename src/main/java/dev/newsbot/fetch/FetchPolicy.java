package dev.newsbot.fetch;

import java.util.Objects;

/**
 * Rules for one fetch, carried on the request so that every hop of it (redirects included) is
 * checked against them.
 *
 * @param maxRedirects how many redirects to follow before giving up
 * @param addresses which addresses may be connected to, checked at DNS time and on every hop
 */
public record FetchPolicy(int maxRedirects, AddressFilter addresses) {
  /** For sources the operator configured. */
  public static final FetchPolicy TRUSTED = new FetchPolicy(5, AddressFilter.ANY);

  public FetchPolicy {
    Objects.requireNonNull(addresses, "addresses == null");
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects < 0: " + maxRedirects);
    }
  }
}
