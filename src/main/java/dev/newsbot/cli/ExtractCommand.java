package dev.newsbot.cli;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.ExtractedArticle;
import dev.newsbot.source.extract.HtmlSniffer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The {@code extract} command: {@code extract [--url URL] [--zone ZONE] FILE...} prints one JSON
 * object per file, one per line: {@code file, title, author, published, excerpt, image,
 * imageCaption, text}, or {@code file, error} when the file cannot be read or is not an article.
 * {@code published} is ISO-8601 in the publisher's local time with its offset ({@code
 * 2026-11-22T20:00:00-05:00}), or null. A file that is not an HTML page (a feed, plain text, binary
 * data) gets an error line saying so. Ends {@link Exit#OK} when every file was processed (even with
 * per-file errors), {@link Exit#USAGE} on bad usage.
 *
 * <p>The files are independent, so they are extracted on a pool of worker threads (one per core by
 * default); the lines still come out in the order of the files.
 */
final class ExtractCommand implements Subcommand {
  static final String USAGE =
      "usage: extract [--url URL] [--zone ZONE] FILE...\n"
          + "  --url URL    base address of the page(s), for relative links (default: the file's URI)\n"
          + "  --zone ZONE  time zone for dates written without an offset, such as Asia/Singapore"
          + " (default: UTC)";

  /** Writes a line's fields in order, nulls included ({@code "author":null}). */
  private static final JSON JSON_LINE = JSON.std.with(JSON.Feature.WRITE_NULL_PROPERTIES);

  /** Files read ahead of the one being printed, per worker: bounds the results held in memory. */
  private static final int AHEAD_PER_WORKER = 4;

  private final int workers;

  /** Extracts on one worker thread per available processor. */
  ExtractCommand() {
    this(Runtime.getRuntime().availableProcessors());
  }

  ExtractCommand(int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers < 1: " + workers);
    }
    this.workers = workers;
  }

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public String help() {
    return "extract [--url URL] [--zone ZONE] FILE...\n"
        + "    print each saved page's article as a JSON line";
  }

  /** Options of one run, validated. */
  record Options(URI url, ZoneId zone, List<Path> files) {
    Options {
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("no FILE given");
      }
    }
  }

  @Override
  public Exit run(List<String> args, Terminal terminal) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      terminal.err().println("extract: " + e.getMessage());
      terminal.err().println(USAGE);
      return Exit.USAGE;
    }
    ArticleExtractor extractor = new ArticleExtractor();
    PrintStream out = terminal.out();
    List<Path> files = options.files();
    int threads = Math.min(workers, files.size());
    if (threads == 1) {
      files.forEach(file -> out.println(line(extractor, file, options)));
      out.flush();
      return Exit.OK;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<String>> pending = new ArrayDeque<>();
      int next = 0;
      for (int printed = 0; printed < files.size(); printed++) {
        while (next < files.size() && pending.size() < threads * AHEAD_PER_WORKER) {
          Path file = files.get(next++);
          pending.add(pool.submit(() -> line(extractor, file, options)));
        }
        out.println(result(pending.remove()));
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return Exit.OK;
  }

  /** A worker's line; {@link #line} catches what one page can throw, so a failure here is a bug. */
  private static String result(Future<String> line) {
    try {
      return line.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("an extract worker failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an extract worker", e);
    }
  }

  static Options parse(List<String> args) {
    URI url = null;
    ZoneId zone = ZoneOffset.UTC;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "--url" -> url = url(value(args, ++i, arg));
        case "--zone" -> zone = zone(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("-") && arg.length() > 1) {
            throw new IllegalArgumentException("unknown option: " + arg);
          }
          files.add(path(arg));
        }
      }
    }
    return new Options(url, zone, files);
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static URI url(String value) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("--url is not an absolute URL: " + value);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--url is not a URL: " + value, e);
    }
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone is not a time zone: " + value, e);
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("not a file path: " + value, e);
    }
  }

  private static String line(ArticleExtractor extractor, Path file, Options options) {
    Map<String, String> node = new LinkedHashMap<>();
    Path name = file.getFileName();
    node.put("file", name == null ? file.toString() : name.toString());
    try {
      byte[] html = Files.readAllBytes(file);
      Optional<String> notHtml = HtmlSniffer.notHtml(html);
      if (notHtml.isPresent()) {
        node.put("error", notHtml.get());
      } else {
        URI url = options.url() != null ? options.url() : file.toAbsolutePath().toUri();
        extractor
            .extract(html, null, url, options.zone())
            .ifPresentOrElse(a -> fill(node, a), () -> node.put("error", "not an article"));
      }
    } catch (IOException e) {
      node.put("error", "cannot read: " + e);
    } catch (RuntimeException e) {
      // a bug on one page must not stop a batch; the error line carries it for a report
      node.put("error", "extraction failed: " + e);
    }
    try {
      return JSON_LINE.asString(node);
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree of strings could not be written", e);
    }
  }

  private static void fill(Map<String, String> node, ExtractedArticle article) {
    node.put("title", article.title());
    node.put("author", article.authors().isEmpty() ? null : String.join(", ", article.authors()));
    // the formatter always writes seconds (20:00:00-05:00), where OffsetDateTime.toString() drops
    // zero ones
    node.put(
        "published",
        article.published() == null
            ? null
            : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(article.published()));
    node.put("excerpt", article.excerpt().isEmpty() ? null : article.excerpt());
    node.put("image", article.image() == null ? null : article.image().toString());
    node.put("imageCaption", article.imageCaption().isEmpty() ? null : article.imageCaption());
    node.put("text", article.text());
  }
}
