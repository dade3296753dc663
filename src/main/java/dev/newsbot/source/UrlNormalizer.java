package dev.newsbot.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One address for an article out of its many spellings. {@link #clean} is what users are shown:
 * lower-case scheme and host, no default port, no fragment, no tracking parameters. {@link #key} is
 * what duplicates are found by: the clean address without a trailing slash or a {@code www.}.
 */
public final class UrlNormalizer {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
          "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "ref_url",
          "cmpid", "ocid", "spm", "s_cid", "share", "amp");

  private UrlNormalizer() {}

  /** The address to show and to link: tracking and fragment removed, otherwise as published. */
  public static URI clean(URI url) {
    String scheme = url.getScheme() == null ? "https" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = query(url.getRawQuery());
    try {
      String authority = new URI(scheme, null, host, port, null, null, null).toString();
      return new URI(authority + path + (query.isEmpty() ? "" : "?" + query));
    } catch (URISyntaxException e) {
      return url; // the parts came from a URI that parsed, so this does not happen; keep it as it
      // was
    }
  }

  /** The key two spellings of one article share. */
  public static String key(URI url) {
    URI clean = clean(url);
    String host = clean.getHost() == null ? "" : clean.getHost();
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String path = clean.getRawPath();
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String query = clean.getRawQuery() == null ? "" : "?" + clean.getRawQuery();
    String port = clean.getPort() < 0 ? "" : ":" + clean.getPort();
    return clean.getScheme() + "://" + host + port + path + query;
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(pair);
      }
    }
    return String.join("&", kept);
  }
}
