package dev.newsbot.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class CidrTest {
  @Test
  void containsTheAddressesOfItsPrefix() throws Exception {
    Cidr range = Cidr.parse("172.16.0.0/12");
    assertTrue(range.contains(InetAddress.getByName("172.31.255.255")));
    assertFalse(range.contains(InetAddress.getByName("172.32.0.0")));
    assertFalse(range.contains(InetAddress.getByName("::1")));
  }

  @Test
  void readsABareAddressAsARangeOfOne() throws Exception {
    Cidr one = Cidr.parse("127.0.0.1");
    assertEquals("127.0.0.1/32", one.toString());
    assertFalse(one.contains(InetAddress.getByName("127.0.0.2")));
    assertEquals("0:0:0:0:0:0:0:1/128", Cidr.parse("::1").toString());
  }

  @Test
  void countsIpv4MappedAddressesAsIpv4() throws Exception {
    byte[] mapped = new byte[16];
    mapped[10] = (byte) 0xff;
    mapped[11] = (byte) 0xff;
    mapped[12] = 10;
    mapped[15] = 7;
    assertTrue(Cidr.parse("10.0.0.0/8").contains(InetAddress.getByAddress(mapped)));
  }

  @Test
  void saysWhatIsWrongWithABadRange() {
    assertEquals(
        "'10.0.0.0/33': the prefix length must be from 0 to 32",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33")).getMessage());
    assertEquals(
        "'intranet/8' is not an IP address range",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("intranet/8")).getMessage());
    assertEquals(
        "'10.0.0.0/x': the prefix length after '/' must be a number",
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/x")).getMessage());
  }
}
