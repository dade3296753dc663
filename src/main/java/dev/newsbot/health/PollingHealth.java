package dev.newsbot.health;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Watches the Telegram long-polling requests (an OkHttp interceptor on the polling client): when
 * the last getUpdates succeeded, and since when they fail.
 */
public final class PollingHealth implements Interceptor {
  private final Clock clock;
  private volatile Instant lastSuccess;
  private volatile Instant failingSince;

  public PollingHealth(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    boolean getUpdates = chain.request().url().encodedPath().toLowerCase().endsWith("/getupdates");
    try {
      Response response = chain.proceed(chain.request());
      if (getUpdates) {
        record(response.isSuccessful());
      }
      return response;
    } catch (IOException e) {
      if (getUpdates) {
        record(false);
      }
      throw e;
    }
  }

  private void record(boolean ok) {
    if (ok) {
      lastSuccess = clock.instant();
      failingSince = null;
    } else if (failingSince == null) {
      failingSince = clock.instant();
    }
  }

  public Instant lastSuccess() {
    return lastSuccess;
  }

  /** How long getUpdates has failed without a success in between; zero while it works. */
  public Duration failingFor() {
    Instant since = failingSince;
    return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
  }
}
