package dev.newsbot.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Dns;
import okhttp3.HttpUrl;

/**
 * Decides whether a link a chat user handed in may be fetched: http or https, no user info, ports
 * 80 and 443, and a host that resolves only to public unicast addresses, unless the operator
 * allowed its range ({@code user_fetch_allow}, where any port goes). Odd spellings of addresses are
 * read as the address they mean. The same rules guard every hop of the fetch itself, through {@link
 * #fetchPolicy()}, so that a redirect or a changed DNS answer cannot get around them.
 */
public final class UserUrlPolicy implements FetchGuard {
  /** Longer links are refused unread. */
  public static final int MAX_LENGTH = 2048;

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$");
  private static final int MAX_REDIRECTS = 5;

  /** What {@link #check} decided. */
  public sealed interface Verdict {
    /** The link may be fetched, at this address (its host in canonical form). */
    record Allowed(URI url) implements Verdict {}

    /** The link may not be fetched, and why. */
    record Refused(Refusal why) implements Verdict {}
  }

  private final List<Cidr> allowed;
  private final Dns resolver;
  private final FetchPolicy fetchPolicy;

  /**
   * @param allowed ranges user links may reach in spite of the rules, at any port
   * @param resolver how host names are looked up; the same one serves the fetch
   */
  public UserUrlPolicy(List<Cidr> allowed, Dns resolver) {
    this.allowed = List.copyOf(allowed);
    this.resolver = Objects.requireNonNull(resolver, "resolver == null");
    this.fetchPolicy = new FetchPolicy(MAX_REDIRECTS, this, resolver);
  }

  /** The policy to fetch an allowed link with: these rules, on every hop. */
  public FetchPolicy fetchPolicy() {
    return fetchPolicy;
  }

  /** Parses, canonicalises and resolves {@code link}, and judges it. No request is made. */
  public Verdict check(String link) {
    String text = link.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      return new Verdict.Refused(Refusal.MALFORMED);
    }
    Optional<String> withScheme = withScheme(text);
    if (withScheme.isEmpty()) {
      return new Verdict.Refused(Refusal.NOT_HTTP);
    }
    HttpUrl url = HttpUrl.parse(withScheme.get());
    if (url == null) {
      return new Verdict.Refused(Refusal.MALFORMED);
    }
    Optional<Refusal> bad = url(url);
    if (bad.isPresent()) {
      return new Verdict.Refused(bad.get());
    }
    String host = HostSpelling.canonical(url.host());
    if (host.isEmpty()) {
      return new Verdict.Refused(Refusal.MALFORMED);
    }
    Optional<InetAddress> literal = AddressRanges.literal(host);
    List<InetAddress> addresses;
    if (literal.isPresent()) {
      addresses = List.of(literal.get());
      host = literal.get().getHostAddress();
    } else {
      try {
        addresses = resolver.lookup(host);
      } catch (UnknownHostException e) {
        return new Verdict.Refused(Refusal.UNKNOWN_HOST);
      }
    }
    if (addresses.isEmpty()) {
      return new Verdict.Refused(Refusal.UNKNOWN_HOST);
    }
    for (InetAddress a : addresses) {
      Optional<Refusal> why = address(a, url.port());
      if (why.isPresent()) {
        return new Verdict.Refused(why.get());
      }
    }
    return new Verdict.Allowed(url.newBuilder().host(host).build().uri());
  }

  /** The link with its scheme; a bare {@code example.com/story} is taken as https. */
  private static Optional<String> withScheme(String text) {
    if (text.startsWith("//")) {
      return Optional.of("https:" + text);
    }
    Matcher m = SCHEME.matcher(text);
    if (!m.matches() || !text.contains("://") && m.group(2).matches("\\d+(/.*)?")) {
      return Optional.of("https://" + text); // no scheme, or host:port/path
    }
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? Optional.of(text) : Optional.empty();
  }

  @Override
  public Optional<Refusal> address(InetAddress address, int port) {
    for (Cidr range : allowed) {
      if (range.contains(address)) {
        return Optional.empty();
      }
    }
    Optional<Refusal> why = AddressRanges.refusal(address);
    if (why.isPresent()) {
      return why;
    }
    return port < 0 || port == 80 || port == 443 ? Optional.empty() : Optional.of(Refusal.PORT);
  }

  @Override
  public Optional<Refusal> url(HttpUrl url) {
    if (!url.scheme().equals("http") && !url.scheme().equals("https")) {
      return Optional.of(Refusal.NOT_HTTP);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      return Optional.of(Refusal.USER_INFO);
    }
    return Optional.empty();
  }
}
