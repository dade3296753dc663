package dev.newsbot.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Reads a host the way resolvers and browsers do, so that odd spellings of an address are judged as
 * the address they mean: IPv4 in decimal, hex or octal parts, with fewer than four parts.
 */
final class HostSpelling {
  private HostSpelling() {}

  /**
   * The IPv4 address {@code host} spells in {@code inet_aton}'s rules (each part decimal, {@code
   * 0x} hex or {@code 0} octal; the last part fills the remaining bytes), or empty for a name.
   */
  static Optional<InetAddress> ipv4(String host) {
    if (host.isEmpty() || host.endsWith(".") || host.startsWith(".")) {
      return Optional.empty();
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length > 4) {
      return Optional.empty();
    }
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Long v = number(parts[i]);
      if (v == null) {
        return Optional.empty();
      }
      values[i] = v;
    }
    long address = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (values[i] > 255) {
        return Optional.empty();
      }
      address |= values[i] << (24 - 8 * i);
    }
    long last = values[parts.length - 1];
    int lastBits = 8 * (5 - parts.length);
    if (last >= (1L << lastBits)) {
      return Optional.empty();
    }
    address |= last;
    byte[] bytes = {
      (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address
    };
    try {
      return Optional.of(InetAddress.getByAddress(bytes));
    } catch (UnknownHostException e) {
      throw new AssertionError("four bytes are an IPv4 address", e);
    }
  }

  /** One part's value, or null when it is not a number in any base inet_aton reads. */
  private static Long number(String part) {
    if (!part.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
      return null; // Long.parseLong would read other scripts' digits too
    }
    try {
      if (part.startsWith("0x") || part.startsWith("0X")) {
        String hex = part.substring(2);
        return hex.isEmpty() ? 0L : hex.length() > 8 ? null : Long.parseLong(hex, 16);
      }
      if (part.length() > 1 && part.startsWith("0")) {
        return part.length() > 12 ? null : Long.parseLong(part.substring(1), 8);
      }
      if (part.isEmpty()
          || part.length() > 10
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return null;
      }
      return Long.parseLong(part);
    } catch (NumberFormatException e) {
      return null; // a letter in it: a name, not a number
    }
  }

  /** The host without trailing dots, lower case (IDN hosts arrive already in ASCII). */
  static String canonical(String host) {
    String h = host;
    while (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    return h.toLowerCase(java.util.Locale.ROOT);
  }
}
