package dev.newsbot.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses are public unicast ones, and why the others are not. IPv6 forms that carry an
 * IPv4 address (mapped, compatible, 6to4, NAT64) are judged by the address they carry.
 */
final class AddressRanges {
  private record Range(Cidr cidr, Refusal refusal) {}

  private static final List<Range> IPV4 =
      List.of(
          range("0.0.0.0/8", Refusal.RESERVED), // "this network", 0.0.0.0 unspecified
          range("127.0.0.0/8", Refusal.LOOPBACK),
          range("10.0.0.0/8", Refusal.PRIVATE),
          range("172.16.0.0/12", Refusal.PRIVATE),
          range("192.168.0.0/16", Refusal.PRIVATE),
          range("100.64.0.0/10", Refusal.PRIVATE), // carrier-grade NAT
          range("169.254.0.0/16", Refusal.LINK_LOCAL), // cloud metadata lives at 169.254.169.254
          range("192.0.0.0/24", Refusal.RESERVED), // IETF protocol assignments
          range("192.0.2.0/24", Refusal.RESERVED), // documentation
          range("198.51.100.0/24", Refusal.RESERVED), // documentation
          range("203.0.113.0/24", Refusal.RESERVED), // documentation
          range("198.18.0.0/15", Refusal.RESERVED), // benchmarking
          range("192.88.99.0/24", Refusal.RESERVED), // 6to4 relays, deprecated
          range("224.0.0.0/4", Refusal.RESERVED), // multicast
          range("240.0.0.0/4", Refusal.RESERVED)); // reserved, and 255.255.255.255 broadcast

  private static final List<Range> IPV6 =
      List.of(
          range("::1/128", Refusal.LOOPBACK),
          range("::/128", Refusal.RESERVED), // unspecified
          range("100::/64", Refusal.RESERVED), // discard
          range("64:ff9b:1::/48", Refusal.PRIVATE), // local-use NAT64
          range("2001::/23", Refusal.RESERVED), // IETF assignments: Teredo, ORCHID, benchmarking
          range("2001:db8::/32", Refusal.RESERVED), // documentation
          range("fc00::/7", Refusal.PRIVATE), // unique local
          range("fec0::/10", Refusal.PRIVATE), // site-local, deprecated
          range("fe80::/10", Refusal.LINK_LOCAL),
          range("ff00::/8", Refusal.RESERVED)); // multicast

  private static final Cidr COMPATIBLE = Cidr.parse("::/96");
  private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
  private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");
  private static final Cidr GLOBAL_UNICAST = Cidr.parse("2000::/3");

  private AddressRanges() {}

  /** Why {@code address} is not a public unicast address; empty when it is one. */
  static Optional<Refusal> refusal(InetAddress address) {
    if (address instanceof Inet4Address) {
      return ipv4(address);
    }
    byte[] b = address.getAddress();
    for (Range r : IPV6) {
      if (r.cidr().contains(address)) {
        return Optional.of(r.refusal());
      }
    }
    if (isMapped(address) || NAT64.contains(address)) {
      return ipv4(v4(b, 12));
    }
    if (COMPATIBLE.contains(address)) {
      // deprecated and never routed: refused whatever it carries, with the carried one's reason
      return ipv4(v4(b, 12)).or(() -> Optional.of(Refusal.RESERVED));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return ipv4(v4(b, 2));
    }
    return GLOBAL_UNICAST.contains(address) ? Optional.empty() : Optional.of(Refusal.RESERVED);
  }

  private static Optional<Refusal> ipv4(InetAddress address) {
    for (Range r : IPV4) {
      if (r.cidr().contains(address)) {
        return Optional.of(r.refusal());
      }
    }
    return Optional.empty();
  }

  /**
   * The IPv4 address inside an IPv4-mapped IPv6 one ({@code ::ffff:a.b.c.d}); any other address as
   * it is. (Java's own parsing already turns those into IPv4 addresses; a resolver need not.)
   */
  static InetAddress unmapped(InetAddress address) {
    if (address instanceof Inet6Address && isMapped(address)) {
      return v4(address.getAddress(), 12);
    }
    return address;
  }

  private static boolean isMapped(InetAddress address) {
    byte[] b = address.getAddress();
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }

  private static InetAddress v4(byte[] bytes, int from) {
    byte[] four = {bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3]};
    try {
      return InetAddress.getByAddress(four);
    } catch (UnknownHostException e) {
      throw new AssertionError("four bytes are an IPv4 address", e);
    }
  }

  /**
   * An IP literal, without any DNS lookup: an IPv6 address (brackets optional), or an IPv4 one in
   * any spelling {@code inet_aton} accepts ({@code 2130706433}, {@code 0x7f000001}, {@code
   * 0177.0.0.1}, {@code 127.1}). Empty when {@code text} is not one, that is a host name.
   */
  static Optional<InetAddress> literal(String text) {
    String s = text.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.indexOf(':') >= 0) {
      if (!s.matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z._-]+)?")) {
        return Optional.empty();
      }
      try {
        return Optional.of(InetAddress.getByName(s)); // a literal: parsed, never looked up
      } catch (UnknownHostException e) {
        return Optional.empty();
      }
    }
    return HostSpelling.ipv4(s);
  }

  private static Range range(String cidr, Refusal refusal) {
    return new Range(Cidr.parse(cidr), refusal);
  }
}
