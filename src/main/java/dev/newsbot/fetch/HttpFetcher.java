package dev.newsbot.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs pages and feeds for the scraper over the process's shared OkHttp client, politely: a
 * User-Agent that names the bot, robots.txt and its Crawl-delay, one request per host at a time
 * with a gap between them, conditional requests, and a cap on how much of a body is read. Each
 * request carries a {@link FetchPolicy}, enforced on every hop by {@link PolicyInterceptor}.
 */
public final class HttpFetcher {
  /** Sent with every request; names the bot so site owners know who is calling. */
  public static final String USER_AGENT =
      "Mozilla/5.0 (compatible; NewsBot/0.1; +self-hosted Telegram news bot)";

  private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);
  private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  /** Marks our calls on the shared dispatcher, so that {@link #cancelAll()} cancels only them. */
  private static final class Tag {}

  private final OkHttpClient client;
  private final long maxBodyBytes;
  private final long hostGapNanos;
  private final HostGate gate = new HostGate();
  private final RobotsRules robots = new RobotsRules();
  private volatile boolean stopped;
  private final Map<FetchPolicy, OkHttpClient> guarded = new ConcurrentHashMap<>();

  /**
   * @param client the process's shared client; the policy interceptor is added here
   * @param maxBodyBytes bodies are cut off after this many bytes
   * @param hostGap the least time between two requests to one host
   */
  public HttpFetcher(OkHttpClient client, long maxBodyBytes, Duration hostGap) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes < 1: " + maxBodyBytes);
    }
    this.client =
        client
            .newBuilder()
            .followRedirects(true)
            .followSslRedirects(true)
            // A server that drips a byte at a time never trips the read time-out; this bounds
            // the whole exchange, redirects included.
            .callTimeout(CALL_TIMEOUT)
            .addNetworkInterceptor(new PolicyInterceptor())
            .build();
    this.maxBodyBytes = maxBodyBytes;
    this.hostGapNanos = hostGap.toNanos();
  }

  /** GETs a URL of a source the operator configured. */
  public FetchResult get(URI url, Validators validators) throws FetchException {
    return get(url, validators, FetchPolicy.TRUSTED);
  }

  /**
   * GETs {@code url} under {@code policy}, sending {@code validators} for a conditional request.
   */
  public FetchResult get(URI url, Validators validators, FetchPolicy policy) throws FetchException {
    if (stopped) {
      // shutting down: a poll that goes on to its next page gets no further request
      throw new FetchException(url, 0, "the bot is stopping");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new FetchException(url, 0, "not an http(s) URL");
    }
    OkHttpClient http = clientFor(policy);
    try {
      BaseRobotRules rules =
          robots.rulesFor(
              url, template(policy), r -> exchange(http, r, 0, RobotsRules::readResponse));
      if (!rules.isAllowed(url.toString())) {
        throw new FetchException(
            url,
            0,
            rules.isDeferVisits()
                ? "robots.txt could not be fetched (the server failed or did not answer), so nothing is; will try again"
                : "robots.txt disallows " + RobotsRules.ROBOT_NAME);
      }
      Request.Builder request = template(policy).url(url.toString());
      if (validators.etag() != null) {
        request.header("If-None-Match", validators.etag());
      }
      if (validators.lastModified() != null) {
        request.header("If-Modified-Since", validators.lastModified());
      }
      return exchange(
          http, request.build(), crawlDelayNanos(rules), response -> read(url, response));
    } catch (IOException e) {
      Optional<Refusal> refusal = RefusedException.in(e);
      if (refusal.isPresent()) {
        throw FetchException.refused(url, refusal.get(), e);
      }
      throw new FetchException(url, Unreachable.describe(url, e).orElse("fetch failed"), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(url, 0, "interrupted");
    }
  }

  /** Reads a response while the host's gate is held. */
  @FunctionalInterface
  interface ResponseReader<T> {
    T read(Response response) throws IOException, FetchException;
  }

  private Request.Builder template(FetchPolicy policy) {
    return new Request.Builder()
        .header("User-Agent", USER_AGENT)
        .header(
            "Accept",
            "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                + " text/html;q=0.9, text/xml;q=0.8, */*;q=0.5")
        .tag(Tag.class, new Tag())
        .tag(FetchPolicy.class, policy)
        .tag(PolicyInterceptor.Hops.class, new PolicyInterceptor.Hops());
  }

  private long crawlDelayNanos(BaseRobotRules rules) {
    long millis = rules.getCrawlDelay();
    if (millis <= 0) {
      return hostGapNanos;
    }
    return Math.max(
        hostGapNanos, TimeUnit.MILLISECONDS.toNanos(Math.min(millis, MAX_CRAWL_DELAY.toMillis())));
  }

  /**
   * Runs one request, body included, while holding the host's gate; the next request to the host
   * waits {@code gapNanos} after it. robots.txt is asked for with no gap after it, so that the
   * request it was fetched for follows at once.
   */
  private <T> T exchange(
      OkHttpClient http, Request request, long gapNanos, ResponseReader<T> reader)
      throws IOException, InterruptedException, FetchException {
    try (HostGate.Permit permit = gate.enter(request.url().host(), gapNanos);
        Response response = http.newCall(request).execute()) {
      return reader.read(response);
    }
  }

  private FetchResult read(URI url, Response response) throws FetchException, IOException {
    if (response.code() == 304) {
      return new FetchResult.NotModified();
    }
    if (!response.isSuccessful()) {
      throw new FetchException(url, response.code(), "HTTP " + response.code());
    }
    ResponseBody body = response.body();
    MediaType type = body == null ? null : body.contentType();
    byte[] bytes = body == null ? new byte[0] : readCapped(body, url);
    return new FetchResult.Fetched(
        response.request().url().uri(),
        type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT),
        charset(type),
        bytes,
        new Validators(response.header("ETag"), response.header("Last-Modified")));
  }

  private OkHttpClient clientFor(FetchPolicy policy) {
    if (policy.equals(FetchPolicy.TRUSTED)) {
      return client;
    }
    // A client of its own per policy: OkHttp pools connections per Dns and socket factory, so a
    // connection made for a trusted fetch is never reused by a guarded one. No proxy, so that the
    // address checked is the address connected to.
    return guarded.computeIfAbsent(
        policy,
        p ->
            client
                .newBuilder()
                .proxy(Proxy.NO_PROXY)
                .dns(new PolicyDns(p.resolver(), p.guard()))
                .socketFactory(new PolicySocketFactory(p.guard()))
                .build());
  }

  private byte[] readCapped(ResponseBody body, URI url) throws IOException {
    try (InputStream in = body.byteStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBodyBytes, Integer.MAX_VALUE - 8));
      if (in.read() != -1) {
        log.warn("Body of {} is larger than {} bytes; read only that much", url, maxBodyBytes);
      }
      return bytes;
    }
  }

  private static Charset charset(MediaType type) {
    try {
      return type == null ? null : type.charset();
    } catch (RuntimeException e) {
      return null; // an unknown charset name: the parser detects it from the body instead
    }
  }

  /** Whether the bot is stopping (no fetch is made any more). */
  public boolean stopping() {
    return stopped;
  }

  /** Cancels the fetches in flight, and refuses new ones, so that shutdown waits for no server. */
  public void cancelAll() {
    stopped = true;
    for (Call call : client.dispatcher().runningCalls()) {
      if (call.request().tag(Tag.class) != null) {
        call.cancel();
      }
    }
  }
}
