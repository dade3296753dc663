package dev.newsbot.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Makes one address of an article out of its many spellings: lower-case scheme and host, no
 * default port, no fragment.
 */
public final class UrlNormalizer {
  private UrlNormalizer() {}

  public static URI normalize(URI url) {
    String scheme = url.getScheme() == null ? "https" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    try {
      URI rebuilt = new URI(scheme, null, host, port, null, null, null);
      String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
      return URI.create(rebuilt + path + query);
    } catch (URISyntaxException e) {
      return url; // cannot happen for a URI that parsed; keep the original if it does
    }
  }
}
