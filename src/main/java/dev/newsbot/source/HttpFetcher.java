package dev.newsbot.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GETs pages and feeds for the scraper over the process's shared OkHttp client: conditional
 * requests, a User-Agent that names the bot, and a cap on how much of a body is read.
 */
public final class HttpFetcher {
  /** Sent with every request; names the bot so site owners know who is calling. */
  public static final String USER_AGENT =
      "Mozilla/5.0 (compatible; NewsBot/0.1; self-hosted Telegram news bot)";

  private static final Logger log = LoggerFactory.getLogger(HttpFetcher.class);

  /** Marks our calls on the shared dispatcher, so that {@link #cancelAll()} cancels only them. */
  private static final class Tag {}

  private final OkHttpClient client;
  private final long maxBodyBytes;

  public HttpFetcher(OkHttpClient client, long maxBodyBytes) {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes < 1: " + maxBodyBytes);
    }
    this.client = client;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** GETs {@code url}, sending {@code validators} for a conditional request. */
  public FetchResult get(URI url, Validators validators) throws FetchException {
    Request.Builder request =
        new Request.Builder()
            .url(url.toString())
            .header("User-Agent", USER_AGENT)
            .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9,"
                + " text/html;q=0.9, text/xml;q=0.8, */*;q=0.5")
            .tag(Tag.class, new Tag());
    if (validators.etag() != null) {
      request.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      request.header("If-Modified-Since", validators.lastModified());
    }
    try (Response response = client.newCall(request.build()).execute()) {
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
    } catch (IOException e) {
      throw new FetchException(url, "fetch failed", e);
    }
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
      return null; // an unknown charset name: let the parser detect it from the body
    }
  }

  /** Cancels the fetches in flight so that shutdown does not wait for slow servers. */
  public void cancelAll() {
    for (Call call : client.dispatcher().runningCalls()) {
      if (call.request().tag(Tag.class) != null) {
        call.cancel();
      }
    }
  }
}
