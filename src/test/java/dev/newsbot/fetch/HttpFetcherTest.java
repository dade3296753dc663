package dev.newsbot.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.FakeSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private FakeSite site;
  private final OkHttpClient http = new OkHttpClient();

  @BeforeEach
  void setUp() throws Exception {
    site = FakeSite.start();
  }

  @AfterEach
  void tearDown() {
    site.close();
  }

  private HttpFetcher fetcher(long maxBody, Duration gap) {
    return new HttpFetcher(http, maxBody, gap);
  }

  private FetchResult.Fetched get(HttpFetcher fetcher, String path) throws FetchException {
    return assertInstanceOf(
        FetchResult.Fetched.class, fetcher.get(site.url(path), Validators.NONE));
  }

  @Test
  void readsTheBodyWithItsTypeCharsetAndValidators() throws Exception {
    site.put(
        "/a", "text/html; charset=ISO-8859-1", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    FetchResult.Fetched page = get(fetcher(1 << 20, Duration.ZERO), "/a");
    assertEquals("text/html", page.contentType());
    assertEquals(StandardCharsets.ISO_8859_1, page.charset());
    assertEquals("caf\u00e9", new String(page.body(), page.charset()));
    assertTrue(page.validators().etag() != null);
  }

  @Test
  void answersNotModifiedToAConditionalRequest() throws Exception {
    site.put("/feed", "application/rss+xml", "<rss/>");
    HttpFetcher fetcher = fetcher(1 << 20, Duration.ZERO);
    Validators validators = get(fetcher, "/feed").validators();
    assertInstanceOf(FetchResult.NotModified.class, fetcher.get(site.url("/feed"), validators));
  }

  @Test
  void decompressesGzip() throws Exception {
    site.putGzipped("/z", "text/plain; charset=UTF-8", "hello gzip");
    assertEquals(
        "hello gzip",
        new String(get(fetcher(1 << 20, Duration.ZERO), "/z").body(), StandardCharsets.UTF_8));
  }

  @Test
  void cutsOffABodyAtTheCap() throws Exception {
    site.put("/big", "text/plain", "x".repeat(10_000));
    assertEquals(2048, get(fetcher(2048, Duration.ZERO), "/big").body().length);
  }

  @Test
  void followsFiveRedirectsButNotSix() throws Exception {
    site.put("/end", "text/plain", "arrived");
    for (int i = 1; i <= 6; i++) {
      site.redirect("/r" + i, i == 6 ? "/end" : "/r" + (i + 1));
    }
    HttpFetcher fetcher = fetcher(1 << 20, Duration.ZERO);
    FetchResult.Fetched five = get(fetcher, "/r2");
    assertEquals(site.url("/end"), five.url(), "the address after redirects");
    FetchException six =
        assertThrows(FetchException.class, () -> fetcher.get(site.url("/r1"), Validators.NONE));
    assertTrue(six.getMessage().contains("more than 5 redirects"), six.getMessage());
  }

  @Test
  void reportsTheStatusOfAnError() {
    site.fail("/gone", 410);
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher(1 << 20, Duration.ZERO).get(site.url("/gone"), Validators.NONE));
    assertEquals(410, e.status());
    assertEquals("HTTP 410 (" + site.url("/gone") + ")", e.getMessage());
  }

  @Test
  void honoursRobotsTxt() throws Exception {
    site.put(
        "/robots.txt",
        "text/plain",
        "User-agent: newsbot\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n");
    site.put("/private/a", "text/plain", "secret");
    site.put("/public/a", "text/plain", "open");
    HttpFetcher fetcher = fetcher(1 << 20, Duration.ZERO);
    assertEquals("open", new String(get(fetcher, "/public/a").body(), StandardCharsets.UTF_8));
    FetchException e =
        assertThrows(
            FetchException.class, () -> fetcher.get(site.url("/private/a"), Validators.NONE));
    assertTrue(e.getMessage().startsWith("robots.txt disallows newsbot"), e.getMessage());
    assertEquals(0, site.count("/private/a"), "never requested");
    assertEquals(1, site.count("/robots.txt"), "robots.txt is cached");
  }

  @Test
  void saysSoWhenRobotsTxtCannotBeFetched() {
    site.fail("/robots.txt", 503);
    site.put("/a", "text/plain", "a");
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher(1 << 20, Duration.ZERO).get(site.url("/a"), Validators.NONE));
    assertTrue(e.getMessage().startsWith("robots.txt could not be fetched"), e.getMessage());
    assertEquals(0, site.count("/a"));
  }

  @Test
  void waitsTheCrawlDelayBetweenRequestsToAHost() throws Exception {
    site.put("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.4\n");
    site.put("/a", "text/plain", "a");
    HttpFetcher fetcher = fetcher(1 << 20, Duration.ZERO);
    get(fetcher, "/a");
    long start = System.nanoTime();
    get(fetcher, "/a");
    get(fetcher, "/a");
    long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    assertTrue(elapsedMillis >= 800, "two gaps of 400 ms, took " + elapsedMillis + " ms");
  }

  /** User links with nothing allowed: loopback, where the fake site is, is refused. */
  private static final FetchPolicy NO_LOOPBACK =
      new UserUrlPolicy(List.of(), okhttp3.Dns.SYSTEM).fetchPolicy();

  @Test
  void refusesAddressesThePolicyForbids() {
    site.put("/a", "text/plain", "a");
    FetchException e =
        assertThrows(
            FetchException.class,
            () ->
                fetcher(1 << 20, Duration.ZERO).get(site.url("/a"), Validators.NONE, NO_LOOPBACK));
    assertEquals(Optional.of(Refusal.LOOPBACK), e.refusal());
    assertTrue(
        e.getMessage().contains("refused to connect to 127.0.0.1 at 127.0.0.1"), e.getMessage());
    assertEquals(List.of(), site.paths(), "never connected, not even for robots.txt");
  }

  @Test
  void refusesAHostWhoseAddressesThePolicyForbids() {
    site.put("/a", "text/plain", "a");
    URI byName = URI.create(site.url("/a").toString().replace("127.0.0.1", "localhost"));
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> fetcher(1 << 20, Duration.ZERO).get(byName, Validators.NONE, NO_LOOPBACK));
    assertEquals(Optional.of(Refusal.LOOPBACK), e.refusal());
    assertTrue(
        e.getMessage().contains("localhost resolves only to addresses this fetch may not reach"),
        e.getMessage());
    assertEquals(List.of(), site.paths());
  }

  @Test
  void rejectsANonHttpUrl() {
    FetchException e =
        assertThrows(
            FetchException.class,
            () ->
                fetcher(1 << 20, Duration.ZERO)
                    .get(URI.create("file:///etc/passwd"), Validators.NONE));
    assertEquals("not an http(s) URL (file:///etc/passwd)", e.getMessage());
  }

  @Test
  void sendsTheBotsUserAgent() throws Exception {
    site.put("/a", "text/plain", "a");
    get(fetcher(1 << 20, Duration.ZERO), "/a");
    assertEquals(
        HttpFetcher.USER_AGENT, site.requests("/a").get(0).headers().getFirst("User-agent"));
  }

  @Test
  void refusesNewFetchesOnceStoppingSoThatShutdownWaitsForNoServer() {
    site.put("/a", "text/plain", "a");
    HttpFetcher fetcher = fetcher(1 << 20, Duration.ZERO);
    fetcher.cancelAll();
    FetchException e =
        assertThrows(FetchException.class, () -> fetcher.get(site.url("/a"), Validators.NONE));
    assertTrue(e.getMessage().startsWith("the bot is stopping"), e.getMessage());
    assertEquals(List.of(), site.paths());
  }

  @Test
  void saysInPlainWordsWhyAServerCannotBeReached() throws Exception {
    FetchPolicy unknownNames =
        new UserUrlPolicy(
                List.of(Cidr.parse("127.0.0.1/32")),
                host -> {
                  throw new java.net.UnknownHostException(host);
                })
            .fetchPolicy();
    FetchException unknown =
        assertThrows(
            FetchException.class,
            () ->
                fetcher(1 << 20, Duration.ZERO)
                    .get(URI.create("http://news.invalid/feed"), Validators.NONE, unknownNames));
    assertTrue(
        unknown
            .getMessage()
            .startsWith(
                "cannot reach news.invalid: the name is not known (no DNS answer; is this machine"
                    + " online?)"),
        unknown.getMessage());

    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    FetchException refused =
        assertThrows(
            FetchException.class,
            () ->
                fetcher(1 << 20, Duration.ZERO)
                    .get(URI.create("http://127.0.0.1:" + closed + "/feed"), Validators.NONE));
    assertTrue(
        refused.getMessage().startsWith("cannot reach 127.0.0.1: the connection was refused"),
        refused.getMessage());
  }
}
