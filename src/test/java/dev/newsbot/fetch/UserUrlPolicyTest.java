package dev.newsbot.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserUrlPolicyTest {
  /** A resolver that knows a few names and remembers every lookup. */
  static final class Names implements Dns {
    final Map<String, List<String>> answers;
    final List<String> lookups = new ArrayList<>();

    Names(Map<String, List<String>> answers) {
      this.answers = answers;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
      lookups.add(host);
      List<String> found = answers.get(host);
      if (found == null) {
        throw new UnknownHostException(host);
      }
      List<InetAddress> out = new ArrayList<>();
      for (String a : found) {
        out.add(InetAddress.getByName(a)); // literals only: no real lookup
      }
      return out;
    }
  }

  private final Names names =
      new Names(
          Map.of(
              "news.example.com", List.of("93.184.216.34", "2606:2800:220:1::248"),
              "localhost", List.of("127.0.0.1", "::1"),
              "intranet.example.com", List.of("10.1.2.3"),
              "mixed.example.com", List.of("93.184.216.34", "192.168.1.1"),
              "xn--bcher-kva.example", List.of("127.0.0.1"),
              "metadata.example.com", List.of("169.254.169.254")));

  private final UserUrlPolicy policy = new UserUrlPolicy(List.of(), names);

  private Refusal refusal(String link) {
    return assertInstanceOf(UserUrlPolicy.Verdict.Refused.class, policy.check(link), link).why();
  }

  private URI allowed(UserUrlPolicy p, String link) {
    return assertInstanceOf(UserUrlPolicy.Verdict.Allowed.class, p.check(link), link).url();
  }

  @Test
  void allowsAPublicHttpsPage() {
    assertEquals(
        URI.create("https://news.example.com/2026/12/story?id=1"),
        allowed(policy, "https://news.example.com/2026/12/story?id=1"));
  }

  @Test
  void takesALinkWithoutSchemeAsHttps() {
    assertEquals(
        URI.create("https://news.example.com/story"), allowed(policy, "news.example.com/story"));
  }

  @ParameterizedTest
  @CsvSource({
    "file:///etc/passwd",
    "ftp://news.example.com/a",
    "javascript:alert(1)",
    "gopher://news.example.com:70/",
    "data:text/html;base64,PGI+",
    "mailto:someone@news.example.com"
  })
  void refusesSchemesOtherThanHttp(String link) {
    assertEquals(Refusal.NOT_HTTP, refusal(link));
  }

  @Test
  void refusesUserInfo() {
    assertEquals(Refusal.USER_INFO, refusal("https://user:secret@news.example.com/"));
    assertEquals(Refusal.USER_INFO, refusal("http://user@news.example.com/"));
  }

  @ParameterizedTest
  @CsvSource({
    "http://news.example.com:8080/",
    "https://news.example.com:22/",
    "news.example.com:6379/",
    "http://93.184.216.34:25/"
  })
  void refusesPortsOtherThan80And443(String link) {
    assertEquals(Refusal.PORT, refusal(link));
  }

  @Test
  void allowsTheStandardPortsWrittenOut() {
    allowed(policy, "http://news.example.com:80/");
    allowed(policy, "https://news.example.com:443/");
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1/, LOOPBACK",
    "http://127.255.255.254/, LOOPBACK",
    "http://localhost/, LOOPBACK",
    "http://localhost./, LOOPBACK",
    "http://LOCALHOST./, LOOPBACK",
    "http://[::1]/, LOOPBACK",
    "http://10.0.0.1/, PRIVATE",
    "http://172.16.0.1/, PRIVATE",
    "http://172.31.255.255/, PRIVATE",
    "http://192.168.1.1/, PRIVATE",
    "http://100.64.0.1/, PRIVATE",
    "http://100.127.255.255/, PRIVATE",
    "http://intranet.example.com/, PRIVATE",
    "http://169.254.169.254/latest/meta-data/, LINK_LOCAL",
    "http://metadata.example.com/, LINK_LOCAL",
    "http://224.0.0.1/, RESERVED",
    "http://239.255.255.250/, RESERVED",
    "http://255.255.255.255/, RESERVED",
    "http://0.0.0.0/, RESERVED",
    "http://0.1.2.3/, RESERVED",
    "http://192.0.2.10/, RESERVED",
    "http://198.51.100.7/, RESERVED",
    "http://203.0.113.9/, RESERVED",
    "http://240.0.0.1/, RESERVED",
    "http://[::]/, RESERVED",
    "http://[fc00::1]/, PRIVATE",
    "http://[fd12:3456::1]/, PRIVATE",
    "http://[fe80::1]/, LINK_LOCAL",
    "http://[fec0::1]/, PRIVATE",
    "http://[ff02::1]/, RESERVED",
    "http://[2001:db8::1]/, RESERVED"
  })
  void refusesAddressesThatAreNotPublicUnicast(String link, Refusal expected) {
    assertEquals(expected, refusal(link));
  }

  @ParameterizedTest
  @CsvSource({
    "http://[::ffff:127.0.0.1]/, LOOPBACK",
    "http://[::ffff:7f00:1]/, LOOPBACK",
    "http://[::ffff:10.0.0.1]/, PRIVATE",
    "http://[::ffff:169.254.169.254]/, LINK_LOCAL",
    "http://[::127.0.0.1]/, LOOPBACK",
    "http://[::10.0.0.1]/, PRIVATE",
    "http://[::93.184.216.34]/, RESERVED",
    "http://[2002:7f00:1::]/, LOOPBACK",
    "http://[2002:a9fe:a9fe::1]/, LINK_LOCAL",
    "http://[2002:c0a8:101::1]/, PRIVATE",
    "http://[64:ff9b::127.0.0.1]/, LOOPBACK",
    "http://[64:ff9b::a00:1]/, PRIVATE",
    "http://[64:ff9b:1::a00:1]/, PRIVATE"
  })
  void refusesIpv6FormsThatCarryARefusedIpv4Address(String link, Refusal expected) {
    assertEquals(expected, refusal(link));
  }

  @Test
  void allowsIpv6FormsThatCarryAPublicAddress() {
    allowed(policy, "http://[2606:2800:220:1::248]/");
    allowed(policy, "http://[64:ff9b::5db8:d822]/"); // NAT64 of 93.184.216.34
  }

  @ParameterizedTest
  @CsvSource({
    "http://2130706433/, LOOPBACK", // decimal
    "http://0x7f000001/, LOOPBACK", // hex
    "http://0X7F000001/, LOOPBACK",
    "http://0177.0.0.1/, LOOPBACK", // octal
    "http://0177.0.0.01/, LOOPBACK",
    "http://0x7f.0x0.0x0.0x1/, LOOPBACK",
    "http://127.1/, LOOPBACK", // short forms
    "http://127.0.1/, LOOPBACK",
    "http://127.0.0.1./, LOOPBACK", // trailing dot
    "http://0xa9fea9fe/, LINK_LOCAL",
    "http://169.254.43518/, LINK_LOCAL",
    "http://3232235777/, PRIVATE", // 192.168.1.1
    "http://012.0.0.1/, PRIVATE", // 10.0.0.1 in octal
    "http://0/, RESERVED",
    "http://xn--bcher-kva.example/, LOOPBACK", // IDN, as punycode
    "http://bücher.example/, LOOPBACK", // IDN, as typed
    "http://１２７．０．０．１/, LOOPBACK" // full-width digits and dots
  })
  void readsOddSpellingsAsTheAddressTheyMean(String link, Refusal expected) {
    assertEquals(expected, refusal(link));
  }

  @Test
  void refusesANameWithAnyRefusedAddress() {
    assertEquals(Refusal.PRIVATE, refusal("https://mixed.example.com/"));
  }

  @Test
  void refusesUnknownHostsAndWhatIsNotALink() {
    assertEquals(Refusal.UNKNOWN_HOST, refusal("https://no-such-host.example.net/"));
    assertEquals(Refusal.MALFORMED, refusal("http://"));
    assertEquals(Refusal.MALFORMED, refusal("https://exa mple.com/"));
    assertEquals(Refusal.MALFORMED, refusal("https://news.example.com/" + "a".repeat(3000)));
  }

  @Test
  void resolvesNothingForARefusedSchemeOrUserInfo() {
    refusal("ftp://news.example.com/");
    refusal("https://u:p@news.example.com/");
    assertEquals(List.of(), names.lookups);
  }

  @Test
  void allowsTheOperatorsRangesAtAnyPort() {
    UserUrlPolicy intranet =
        new UserUrlPolicy(List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("127.0.0.1/32")), names);
    assertEquals(
        URI.create("http://intranet.example.com:8080/feed"),
        allowed(intranet, "http://intranet.example.com:8080/feed"));
    assertEquals(
        URI.create("http://127.0.0.1:9000/"), allowed(intranet, "http://0x7f000001:9000/"));
    assertEquals(
        Refusal.LOOPBACK,
        assertInstanceOf(UserUrlPolicy.Verdict.Refused.class, intranet.check("http://127.0.0.2/"))
            .why());
  }

  @Test
  void canonicalisesTheHostItAllows() {
    UserUrlPolicy loopback = new UserUrlPolicy(List.of(Cidr.parse("127.0.0.0/8")), names);
    assertEquals(URI.create("http://127.0.0.1/a"), allowed(loopback, "http://2130706433/a"));
    assertEquals(URI.create("http://127.0.0.1/a"), allowed(loopback, "http://127.1./a"));
  }

  @Test
  void guardsEveryHopWithTheSameRules() throws Exception {
    assertEquals(
        Refusal.LOOPBACK, policy.address(InetAddress.getByName("127.0.0.1"), 80).orElseThrow());
    assertEquals(
        Refusal.PORT, policy.address(InetAddress.getByName("93.184.216.34"), 8443).orElseThrow());
    assertEquals(
        Refusal.USER_INFO,
        policy.url(okhttp3.HttpUrl.get("http://a:b@news.example.com/")).orElseThrow());
  }
}
