package dev.newsbot.fetch;

import java.net.URI;

/** A fetch failed: the network, the server's status, or a body we will not read. */
public final class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  private final URI url;
  private final int status;

  public FetchException(URI url, int status, String message) {
    super(message + " (" + url + ")");
    this.url = url;
    this.status = status;
  }

  public FetchException(URI url, String message, Throwable cause) {
    super(message + " (" + url + "): " + cause.getMessage(), cause);
    this.url = url;
    this.status = 0;
  }

  public URI url() {
    return url;
  }

  /** The HTTP status, or 0 when no response arrived. */
  public int status() {
    return status;
  }
}
