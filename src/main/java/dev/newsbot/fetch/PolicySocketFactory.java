package dev.newsbot.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Optional;
import javax.net.SocketFactory;

/**
 * Makes sockets that refuse to connect to an address and port the guard forbids: the last check,
 * before any packet leaves, which also covers IP-literal URLs that never go through DNS.
 */
final class PolicySocketFactory extends SocketFactory {
  private final FetchGuard guard;

  PolicySocketFactory(FetchGuard guard) {
    this.guard = guard;
  }

  private final class CheckedSocket extends Socket {
    @Override
    public void connect(SocketAddress endpoint, int timeout) throws IOException {
      if (endpoint instanceof InetSocketAddress inet && inet.getAddress() != null) {
        Optional<Refusal> refusal = guard.address(inet.getAddress(), inet.getPort());
        if (refusal.isPresent()) {
          throw PolicyInterceptor.refused(
              refusal.get(), inet.getHostString(), inet.getAddress(), inet.getPort());
        }
      }
      super.connect(endpoint, timeout);
    }
  }

  @Override
  public Socket createSocket() {
    return new CheckedSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(null, new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(
        new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(null, new InetSocketAddress(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(
        new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
  }

  /** A checked socket, bound to {@code local} when given, connected to {@code remote}. */
  private Socket connected(InetSocketAddress local, InetSocketAddress remote) throws IOException {
    Socket s = createSocket();
    if (local != null) {
      s.bind(local);
    }
    s.connect(remote);
    return s;
  }
}
