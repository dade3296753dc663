package dev.newsbot.fetch;

/**
 * What a server told us to send back for a conditional GET.
 *
 * @param etag the {@code ETag}, or null
 * @param lastModified the {@code Last-Modified} date as the server wrote it, or null
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);
}
