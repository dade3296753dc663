package dev.newsbot.fetch;

import java.net.URI;
import java.util.Optional;

/** A fetch failed: the network, the server's status, or a body we will not read. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final URI url;
  private final int status;
  private final Refusal refusal;

  public FetchException(URI url, int status, String message) {
    super(message + " (" + url + ")");
    this.url = url;
    this.status = status;
    this.refusal = null;
  }

  public FetchException(URI url, String message, Throwable cause) {
    super(message + " (" + url + "): " + cause.getMessage(), cause);
    this.url = url;
    this.status = 0;
    this.refusal = null;
  }

  private FetchException(URI url, Refusal refusal, Throwable cause) {
    super("refused (" + refusal + ") (" + url + "): " + cause.getMessage(), cause);
    this.url = url;
    this.status = 0;
    this.refusal = refusal;
  }

  /** The fetch's guard refused a hop of it (an address, a port, a redirect's URL). */
  static FetchException refused(URI url, Refusal refusal, Throwable cause) {
    return new FetchException(url, refusal, cause);
  }

  public URI url() {
    return url;
  }

  /** Why the fetch's guard refused it; empty when it was not refused. */
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
