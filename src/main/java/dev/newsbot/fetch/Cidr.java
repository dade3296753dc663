package dev.newsbot.fetch;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A range of addresses, such as {@code 10.1.0.0/16} or {@code fd00::/8}.
 *
 * @param network the first address of the range (host bits are ignored)
 * @param prefix how many leading bits every address of the range shares
 */
public record Cidr(InetAddress network, int prefix) {
  public Cidr {
    Objects.requireNonNull(network, "network == null");
    int bits = network.getAddress().length * 8;
    if (prefix < 0 || prefix > bits) {
      throw new IllegalArgumentException("prefix " + prefix + " is not within 0.." + bits);
    }
  }

  /**
   * Parses {@code address/prefix}, or a bare address as a range of one.
   *
   * @throws IllegalArgumentException with a message that says what is wrong
   */
  public static Cidr parse(String text) {
    String s = text.strip();
    int slash = s.indexOf('/');
    String address = slash < 0 ? s : s.substring(0, slash);
    InetAddress network =
        AddressRanges.literal(address)
            .orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not an IP address range"));
    int bits = network.getAddress().length * 8;
    if (slash < 0) {
      return new Cidr(network, bits);
    }
    try {
      int prefix = Integer.parseInt(s.substring(slash + 1));
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException(
            "'" + text + "': the prefix length must be from 0 to " + bits);
      }
      return new Cidr(network, prefix);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "': the prefix length after '/' must be a number", e);
    }
  }

  /** Whether {@code address} lies in this range; IPv4-mapped IPv6 addresses count as IPv4. */
  public boolean contains(InetAddress address) {
    byte[] a = AddressRanges.unmapped(address).getAddress();
    byte[] n = network.getAddress();
    if (a.length != n.length) {
      return false;
    }
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >>> (bit % 8);
      if ((a[bit / 8] & mask) != (n[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return network.getHostAddress() + "/" + prefix;
  }
}
