package dev.newsbot.fetch;

import java.net.InetAddress;

/** Decides which network addresses a fetch may connect to. */
@FunctionalInterface
public interface AddressFilter {
  /** Sources the operator configured are trusted: any address. */
  AddressFilter ANY = address -> true;

  boolean allows(InetAddress address);
}
