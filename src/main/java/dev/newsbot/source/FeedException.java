package dev.newsbot.source;

/** A document could not be read as an RSS, Atom or RDF feed. */
public final class FeedException extends Exception {
  private static final long serialVersionUID = 1L;

  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
