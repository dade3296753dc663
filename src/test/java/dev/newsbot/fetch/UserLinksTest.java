package dev.newsbot.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** User links fetched for real, on loopback, through the policy. */
class UserLinksTest {
  private static final Cidr FAKE_SITE_ONLY = Cidr.parse("127.0.0.1/32");

  private FakeSite site;
  private final OkHttpClient http = new OkHttpClient();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final HttpFetcher fetcher = new HttpFetcher(http, 1 << 20, Duration.ZERO);

  @BeforeEach
  void setUp() throws Exception {
    site = FakeSite.start();
  }

  @AfterEach
  void tearDown() {
    site.close();
    executor.shutdownNow();
  }

  private UserLinks links(UserUrlPolicy policy) {
    return new UserLinks(fetcher, policy, new UserFetchLimits(100, 4, Clock.systemUTC()), executor);
  }

  private UserLinks.Outcome fetch(UserUrlPolicy policy, String link) {
    return links(policy).fetch(1, link).join();
  }

  private int port() {
    return site.url("/").getPort();
  }

  @Test
  void fetchesAnAllowedPage() {
    site.put("/story", "text/html; charset=UTF-8", "<p>hello</p>");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM), site.url("/story") + "");
    var page = assertInstanceOf(UserLinks.Outcome.Fetched.class, outcome).page();
    assertEquals("<p>hello</p>", new String(page.body(), StandardCharsets.UTF_8));
  }

  @Test
  void refusesLoopbackWithoutTheOperatorsAllowanceAndSendsNoRequest() {
    site.put("/story", "text/html", "<p>hello</p>");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(), Dns.SYSTEM), site.url("/story") + "");
    assertEquals(
        Refusal.LOOPBACK, assertInstanceOf(UserLinks.Outcome.Refused.class, outcome).why());
    assertEquals(List.of(), site.paths());
  }

  @Test
  void refusesARedirectFromAnAllowedHostToAForbiddenOne() {
    site.redirect("/go", "http://127.0.0.2:" + port() + "/inside");
    site.put("/inside", "text/plain", "internal");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM), site.url("/go") + "");
    assertEquals(
        Refusal.LOOPBACK, assertInstanceOf(UserLinks.Outcome.Refused.class, outcome).why());
    assertEquals(0, site.count("/inside"));
  }

  @Test
  void refusesARedirectToAnOddSpellingOfAForbiddenAddress() {
    site.redirect("/go", "http://0x7f000002:" + port() + "/inside");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM), site.url("/go") + "");
    assertEquals(
        Refusal.LOOPBACK, assertInstanceOf(UserLinks.Outcome.Refused.class, outcome).why());
  }

  @Test
  void refusesARedirectWithUserInfo() {
    site.redirect("/go", "http://user:pw@127.0.0.1:" + port() + "/inside");
    site.put("/inside", "text/plain", "internal");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM), site.url("/go") + "");
    assertEquals(
        Refusal.USER_INFO, assertInstanceOf(UserLinks.Outcome.Refused.class, outcome).why());
    assertEquals(0, site.count("/inside"));
  }

  @Test
  void refusesANameThatResolvesToAPublicAddressFirstAndAPrivateOneAtConnectTime() {
    AtomicInteger lookups = new AtomicInteger();
    List<String> asked = new ArrayList<>();
    Dns rebinding =
        host -> {
          asked.add(host);
          try {
            // First answer public (only checked, never dialled), then loopback.
            return List.of(
                InetAddress.getByName(
                    lookups.getAndIncrement() == 0 ? "93.184.216.34" : "127.0.0.2"));
          } catch (UnknownHostException e) {
            throw new AssertionError(e);
          }
        };
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(), rebinding), "http://rebinding.example.com/story");
    assertEquals(
        Refusal.LOOPBACK, assertInstanceOf(UserLinks.Outcome.Refused.class, outcome).why());
    assertTrue(lookups.get() >= 2, "looked up again at connect time: " + asked);
  }

  @Test
  void stopsARedirectLoop() {
    site.redirect("/loop", "/loop");
    UserLinks.Outcome outcome =
        fetch(new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM), site.url("/loop") + "");
    var failed = assertInstanceOf(UserLinks.Outcome.Failed.class, outcome);
    assertTrue(failed.error().getMessage().contains("more than 5 redirects"), failed.error() + "");
    assertEquals(6, site.count("/loop"));
  }

  @Test
  void throttlesTheSixthLinkOfAChatInAMinute() {
    site.put("/a", "text/plain", "a");
    UserUrlPolicy policy = new UserUrlPolicy(List.of(FAKE_SITE_ONLY), Dns.SYSTEM);
    UserLinks links =
        new UserLinks(fetcher, policy, new UserFetchLimits(5, 4, Clock.systemUTC()), executor);
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(UserLinks.Outcome.Fetched.class, links.fetch(7, site.url("/a") + "").join());
    }
    assertEquals(
        new UserLinks.Outcome.Throttled(false), links.fetch(7, site.url("/a") + "").join());
    assertInstanceOf(UserLinks.Outcome.Fetched.class, links.fetch(8, site.url("/a") + "").join());
    assertEquals(6, site.count("/a"));
  }
}
