package dev.newsbot.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A news site on a loopback socket: serves pages and feeds that tests put and change, with ETags
 * for conditional GET, and remembers every request.
 */
public final class FakeSite implements AutoCloseable {
  /** One request as the site saw it. */
  public record Request(String path, Headers headers) {}

  private record Page(
      int status, String contentType, byte[] body, String etag, String location, boolean gzip) {}

  private final LoopbackServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  private FakeSite() throws IOException {
    this.server = new LoopbackServer("fake-site", this::handle);
  }

  public static FakeSite start() throws IOException {
    return new FakeSite();
  }

  public URI url(String path) {
    return server.url(path);
  }

  public void put(String path, String contentType, String body) {
    put(path, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  public void put(String path, String contentType, byte[] body) {
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
    pages.put(path, new Page(200, contentType, body, etag, null, false));
  }

  /** Serves {@code body} gzip-compressed, as most servers do for clients that accept it. */
  public void putGzipped(String path, String contentType, String body) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(body.getBytes(StandardCharsets.UTF_8));
    }
    pages.put(path, new Page(200, contentType, bytes.toByteArray(), null, null, true));
  }

  /** Answers {@code path} with a 302 to {@code location}. */
  public void redirect(String path, String location) {
    pages.put(path, new Page(302, "text/plain", new byte[0], null, location, false));
  }

  /** Answers {@code path} with an error status. */
  public void fail(String path, int status) {
    pages.put(
        path,
        new Page(
            status,
            "text/plain",
            ("error " + status).getBytes(StandardCharsets.UTF_8),
            null,
            null,
            false));
  }

  public List<Request> requests(String path) {
    synchronized (requests) {
      return requests.stream().filter(r -> r.path().equals(path)).toList();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      synchronized (requests) {
        Headers copy = new Headers();
        copy.putAll(new HashMap<>(exchange.getRequestHeaders()));
        requests.add(new Request(path, copy));
      }
      Page page = pages.get(path);
      if (page == null) {
        send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8), null);
        return;
      }
      String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
      if (page.etag() != null && page.etag().equals(ifNoneMatch)) {
        exchange.getResponseHeaders().set("ETag", page.etag());
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      if (page.location() != null) {
        exchange.getResponseHeaders().set("Location", page.location());
      }
      if (page.gzip()) {
        exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      }
      send(exchange, page.status(), page.contentType(), page.body(), page.etag());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, String etag)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if (etag != null) {
      exchange.getResponseHeaders().set("ETag", etag);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** How many requests arrived for {@code path}. */
  public int count(String path) {
    return requests(path).size();
  }

  public List<String> paths() {
    synchronized (requests) {
      return new ArrayList<>(requests.stream().map(Request::path).toList());
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
