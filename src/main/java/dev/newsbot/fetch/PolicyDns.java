package dev.newsbot.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import okhttp3.Dns;

/**
 * Resolves a host and keeps only the addresses the guard allows, so refused ones are never dialled.
 * It runs for every connection, so a name whose answer changed since it was checked (DNS rebinding)
 * is judged by its new answer.
 */
final class PolicyDns implements Dns {
  private final Dns delegate;
  private final FetchGuard guard;

  PolicyDns(Dns delegate, FetchGuard guard) {
    this.delegate = delegate;
    this.guard = guard;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    // An odd spelling of an address (0x7f000001, 127.1) in a redirect is that address, not a name.
    Optional<InetAddress> literal = AddressRanges.literal(HostSpelling.canonical(hostname));
    List<InetAddress> all =
        literal.isPresent() ? List.of(literal.get()) : delegate.lookup(hostname);
    List<InetAddress> allowed = all.stream().filter(a -> guard.address(a, -1).isEmpty()).toList();
    if (allowed.isEmpty()) {
      Optional<Refusal> why =
          all.stream().map(a -> guard.address(a, -1)).findFirst().flatMap(r -> r);
      throw new RefusedException.Host(why.orElse(Refusal.UNKNOWN_HOST), hostname);
    }
    return allowed;
  }
}
