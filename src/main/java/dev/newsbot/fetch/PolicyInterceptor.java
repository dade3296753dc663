package dev.newsbot.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.util.Optional;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: sees every hop of a call after its connection is made and before its
 * request is written. Enforces the call's {@link FetchPolicy}: the redirect limit, the hop's URL,
 * and the address actually connected to (so that a redirect, or a DNS answer that changed, cannot
 * reach what the guard refuses). Calls without a policy, such as the Bot API's, pass untouched.
 */
final class PolicyInterceptor implements Interceptor {
  /** Counts the hops of one call; OkHttp copies request tags onto follow-up requests. */
  static final class Hops {
    private int count;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    FetchPolicy policy = chain.request().tag(FetchPolicy.class);
    if (policy == null) {
      return chain.proceed(chain.request());
    }
    Hops hops = chain.request().tag(Hops.class);
    if (hops != null && ++hops.count > policy.maxRedirects() + 1) {
      throw new ProtocolException("more than " + policy.maxRedirects() + " redirects");
    }
    Optional<Refusal> url = policy.guard().url(chain.request().url());
    if (url.isPresent()) {
      throw new RefusedException(url.get(), "refused " + chain.request().url().redact());
    }
    Connection connection = chain.connection();
    if (connection != null) {
      InetSocketAddress socket = connection.route().socketAddress();
      Optional<Refusal> address = policy.guard().address(socket.getAddress(), socket.getPort());
      if (address.isPresent()) {
        throw refused(
            address.get(), chain.request().url().host(), socket.getAddress(), socket.getPort());
      }
    }
    return chain.proceed(chain.request());
  }

  static RefusedException refused(Refusal refusal, String host, InetAddress address, int port) {
    return new RefusedException(
        refusal,
        "refused to connect to " + host + " at " + address.getHostAddress() + " port " + port);
  }
}
