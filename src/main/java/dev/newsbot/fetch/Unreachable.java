package dev.newsbot.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.net.ssl.SSLException;

/** Why a server could not be reached, in words an operator can act on. */
final class Unreachable {
  private Unreachable() {}

  /** Why the server could not be reached at all; empty for other failures (a broken answer). */
  static Optional<String> describe(URI url, IOException e) {
    String host = url.getHost();
    Throwable cause = e;
    while (cause.getCause() != null && !(cause instanceof UnknownHostException)) {
      cause = cause.getCause();
    }
    if (e instanceof UnknownHostException || cause instanceof UnknownHostException) {
      return Optional.of(
          "cannot reach "
              + host
              + ": the name is not known (no DNS answer; is this machine online?)");
    }
    if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
      return Optional.of(
          "cannot reach " + host + ": the connection was refused (is the address right?)");
    }
    if (e instanceof NoRouteToHostException) {
      return Optional.of("cannot reach " + host + ": no route to it (is this machine online?)");
    }
    if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
      return Optional.of("cannot reach " + host + ": it did not answer in time");
    }
    if (e instanceof SSLException) {
      return Optional.of(
          "cannot reach " + host + " safely: the TLS handshake failed (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }
}
