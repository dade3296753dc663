package dev.newsbot.fetch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ProtocolException;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: sees every hop of a call after its connection is made. Enforces the call's
 * {@link FetchPolicy}: the redirect limit, and the address actually connected to (so that a
 * redirect, or a DNS answer that changed, cannot reach an address the policy refuses). Calls
 * without a policy, such as the Bot API's, pass untouched.
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
    Connection connection = chain.connection();
    if (connection != null) {
      InetAddress address = connection.route().socketAddress().getAddress();
      if (!policy.addresses().allows(address)) {
        throw new RefusedAddressException(chain.request().url().host(), address);
      }
    }
    return chain.proceed(chain.request());
  }

  /** The policy refused the address a host resolved to; not worth retrying. */
  static final class RefusedAddressException extends IOException {
    private static final long serialVersionUID = 1L;

    RefusedAddressException(String host, InetAddress address) {
      super("refused to connect to " + host + " at " + address.getHostAddress());
    }
  }
}
