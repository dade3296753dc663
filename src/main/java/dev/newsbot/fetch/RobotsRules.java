package dev.newsbot.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt, per site, cached: fetched with the bot's User-Agent, parsed by crawler-commons (RFC
 * 9309: a missing file allows everything; a server error disallows until it is fetched again).
 */
final class RobotsRules {
  static final String ROBOT_NAME = "newsbot";
  private static final Logger log = LoggerFactory.getLogger(RobotsRules.class);
  private static final long MAX_ROBOTS_BYTES = 512 * 1024;
  private static final Duration KEEP = Duration.ofHours(12);
  private static final Duration KEEP_FAILURE = Duration.ofMinutes(10);

  private record Entry(BaseRobotRules rules, long expiresNanos) {}

  /** A robots.txt response, read in full. */
  record Answer(int status, String contentType, byte[] body) {}

  /** How a request for robots.txt is made; HttpFetcher supplies it, with its gate and policy. */
  @FunctionalInterface
  interface Transport {
    Answer execute(Request request) throws IOException, InterruptedException, FetchException;
  }

  static Answer readResponse(Response response) throws IOException {
    String type = response.header("Content-Type");
    byte[] body = response.isSuccessful() ? read(response.body()) : new byte[0];
    return new Answer(response.code(), type == null ? "text/plain" : type, body);
  }

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  /** The rules for {@code url}'s site, fetching them when not cached. */
  BaseRobotRules rulesFor(URI url, Request.Builder template, Transport transport)
      throws InterruptedException, IOException {
    String site = site(url);
    Entry entry = cache.get(site);
    if (entry != null && entry.expiresNanos() - System.nanoTime() > 0) {
      return entry.rules();
    }
    String robotsUrl = site + "/robots.txt";
    BaseRobotRules rules;
    Duration keep = KEEP;
    try {
      Answer answer = transport.execute(template.url(robotsUrl).build());
      if (answer.status() >= 200 && answer.status() < 300) {
        rules =
            parser.parseContent(
                robotsUrl, answer.body(), answer.contentType(), List.of(ROBOT_NAME));
      } else {
        rules = parser.failedFetch(answer.status());
        keep = answer.status() >= 500 ? KEEP_FAILURE : KEEP;
      }
    } catch (IOException | FetchException e) {
      if (e instanceof IOException io && RefusedException.in(io).isPresent()) {
        throw io; // the fetch itself is refused, not just robots.txt
      }
      if (e instanceof IOException io && Unreachable.describe(url, io).isPresent()) {
        throw io; // the server cannot be reached at all: say why, not "robots.txt could not..."
      }
      log.debug("robots.txt of {} unreachable: {}", site, e.toString());
      rules = parser.failedFetch(599);
      keep = KEEP_FAILURE;
    }
    cache.put(site, new Entry(rules, System.nanoTime() + keep.toNanos()));
    return rules;
  }

  private static byte[] read(ResponseBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    try (InputStream in = body.byteStream()) {
      return in.readNBytes((int) MAX_ROBOTS_BYTES);
    }
  }

  static String site(URI url) {
    int port = url.getPort();
    return url.getScheme().toLowerCase()
        + "://"
        + url.getHost().toLowerCase()
        + (port < 0 ? "" : ":" + port);
  }
}
