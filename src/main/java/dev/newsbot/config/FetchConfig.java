package dev.newsbot.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the scraper fetches.
 *
 * @param maxBodyBytes a page or feed is cut off after this many bytes
 * @param hostDelay the least time between two requests to one host (robots.txt may ask for more)
 */
public record FetchConfig(long maxBodyBytes, Duration hostDelay) {
  public static final FetchConfig DEFAULT =
      new FetchConfig(5L * 1024 * 1024, Duration.ofSeconds(1));

  public static final long MIN_BODY_BYTES = 1024;

  public FetchConfig {
    Objects.requireNonNull(hostDelay, "hostDelay == null");
    if (maxBodyBytes < MIN_BODY_BYTES) {
      throw new IllegalArgumentException("maxBodyBytes < " + MIN_BODY_BYTES + ": " + maxBodyBytes);
    }
  }
}
