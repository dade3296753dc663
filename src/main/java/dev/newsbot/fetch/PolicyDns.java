package dev.newsbot.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves a host and keeps only the addresses a filter allows, so refused ones are never dialled.
 */
final class PolicyDns implements Dns {
  private final Dns delegate;
  private final AddressFilter filter;

  PolicyDns(Dns delegate, AddressFilter filter) {
    this.delegate = delegate;
    this.filter = filter;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> allowed = delegate.lookup(hostname).stream().filter(filter::allows).toList();
    if (allowed.isEmpty()) {
      throw new RefusedHostException(hostname);
    }
    return allowed;
  }

  /** Every address of the host is refused by the policy; not worth retrying or working around. */
  static final class RefusedHostException extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    RefusedHostException(String host) {
      super(host + " resolves only to addresses this fetch may not reach");
    }
  }
}
