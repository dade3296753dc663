package dev.newsbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.ExtractedArticle;
import dev.newsbot.source.extract.HtmlSniffer;
import dev.newsbot.summary.ExtractiveSummarizer;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The {@code summarize} command, with the built-in extractive summariser and its default budget:
 * {@code summarize --jsonl} turns {@code {"id","title","text"}} lines on standard input into {@code
 * {"id","summary"}} lines, one per input and in order; {@code summarize FILE} prints the summary of
 * one saved page.
 */
final class SummarizeCommand implements Subcommand {
  static final String USAGE =
      "usage: summarize --jsonl   < lines of {\"id\",\"title\",\"text\"}\n"
          + "       summarize FILE      (a saved article page)";

  /**
   * Built on first use, not when {@link CommandLine} lists the commands: databind is slow to start.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The summariser and its word lists load when summarising, not for every command's --help. */
  private static final class Built {
    static final Summarizer SUMMARIZER = new ExtractiveSummarizer();
  }

  @Override
  public String name() {
    return "summarize";
  }

  @Override
  public String help() {
    return "summarize --jsonl\n"
        + "    summarise {\"id\",\"title\",\"text\"} lines from standard input\n"
        + "summarize FILE\n"
        + "    print the summary of a saved page";
  }

  @Override
  public Exit run(List<String> args, Terminal terminal) {
    PrintStream err = terminal.err();
    if (args.size() != 1) {
      err.println("summarize: expected --jsonl or one FILE");
      err.println(USAGE);
      return Exit.USAGE;
    }
    String arg = args.get(0);
    if (arg.equals("--jsonl")) {
      return jsonl(terminal.in(), terminal.out(), err);
    }
    if (arg.startsWith("-")) {
      err.println("summarize: unknown option " + arg);
      err.println(USAGE);
      return Exit.USAGE;
    }
    return page(Path.of(arg), terminal.out(), err);
  }

  private Exit jsonl(InputStream in, PrintStream out, PrintStream err) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          out.println(summarizeLine(line, number));
        }
      }
      out.flush();
      return Exit.OK;
    } catch (IOException e) {
      err.println("summarize: cannot read standard input: " + e.getMessage());
      return Exit.FAILED;
    }
  }

  /**
   * One output line per input line: the summary, or an error saying what was wrong with the input.
   */
  private String summarizeLine(String line, int number) {
    ObjectNode result = Json.MAPPER.createObjectNode();
    try {
      JsonNode input = Json.MAPPER.readTree(line);
      result.set("id", input.get("id"));
      if (!input.path("text").isTextual()) {
        result.put("error", "line " + number + ": \"text\" must be a string");
      } else {
        result.put(
            "summary",
            Built.SUMMARIZER.summarize(
                new SummaryRequest(
                    input.path("title").asText(""), "", input.path("text").asText())));
      }
    } catch (JsonProcessingException e) {
      result.putNull("id");
      result.put("error", "line " + number + " is not JSON: " + e.getOriginalMessage());
    }
    return result.toString();
  }

  private Exit page(Path file, PrintStream out, PrintStream err) {
    byte[] html;
    try {
      html = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("summarize: cannot read " + file + ": " + e.getMessage());
      return Exit.FAILED;
    }
    Optional<String> notHtml = HtmlSniffer.notHtml(html);
    if (notHtml.isPresent()) {
      err.println("summarize: " + file + ": " + notHtml.get());
      return Exit.FAILED;
    }
    Optional<ExtractedArticle> article =
        new ArticleExtractor().extract(html, null, file.toAbsolutePath().toUri(), ZoneOffset.UTC);
    if (article.isEmpty()) {
      err.println("summarize: " + file + " is not an article page");
      return Exit.FAILED;
    }
    ExtractedArticle a = article.get();
    String lead = a.text().startsWith(a.excerpt()) ? "" : a.excerpt();
    out.println(Built.SUMMARIZER.summarize(new SummaryRequest(a.title(), lead, a.text())));
    out.flush();
    return Exit.OK;
  }
}
