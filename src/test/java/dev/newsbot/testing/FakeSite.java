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
import java.util.zip.GZIPOutputStream;

/**
 * A news site on a loopback socket: serves pages and feeds that tests put and change, with ETags
 * for conditional GET, and remembers every request.
 */
public final class FakeSite implements AutoCloseable {
  /** One request as the site saw it. */
  public record Request(String path, Headers headers) {}

  private record Page(
      int status, String contentType, byte[] body, String etag, String location, boolean gzip) {}

  /** Writes a body while it is sent, for bodies too big to hold. */
  @FunctionalInterface
  private interface BodyWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  private record Streamed(String contentType, boolean gzip, BodyWriter body) {}

  private final LoopbackServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, Streamed> streams = new ConcurrentHashMap<>();
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

  /**
   * Serves {@code head} and then {@code unit} again and again until {@code bytes} bytes in all,
   * chunked and written as they are sent, so that a 50 MB body is never held in memory.
   */
  public void stream(String path, String contentType, String head, String unit, long bytes) {
    byte[] start = head.getBytes(StandardCharsets.UTF_8);
    byte[] block =
        unit.repeat(Math.max(1, 65_536 / unit.length())).getBytes(StandardCharsets.UTF_8);
    streams.put(
        path,
        new Streamed(
            contentType,
            false,
            out -> {
              out.write(start, 0, (int) Math.min(start.length, bytes));
              for (long sent = start.length; sent < bytes; sent += block.length) {
                out.write(block, 0, (int) Math.min(block.length, bytes - sent));
              }
            }));
  }

  /**
   * Serves {@code zeros} zero bytes gzip-compressed (1 GB is about 1 MB on the wire), compressed
   * while it is sent: a decompression bomb for clients that do not cap what they inflate.
   */
  public void gzipBomb(String path, String contentType, long zeros) {
    byte[] block = new byte[65_536];
    streams.put(
        path,
        new Streamed(
            contentType,
            true,
            out -> {
              GZIPOutputStream gz = new GZIPOutputStream(out, block.length);
              for (long sent = 0; sent < zeros; sent += block.length) {
                gz.write(block, 0, (int) Math.min(block.length, zeros - sent));
              }
              gz.finish();
            }));
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
      Streamed stream = streams.get(path);
      if (stream != null) {
        send(exchange, stream);
        return;
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

  private static void send(HttpExchange exchange, Streamed stream) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", stream.contentType());
    if (stream.gzip()) {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(200, 0); // chunked
    try (OutputStream out = exchange.getResponseBody()) {
      stream.body().writeTo(out);
    } catch (IOException e) {
      // the client stopped reading and closed the connection: what a body cap is for
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
