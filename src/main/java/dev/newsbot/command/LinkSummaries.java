package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.Refusal;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.news.Article;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.extract.ArticleExtractor;
import dev.newsbot.source.extract.ExtractedArticle;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.summary.Summarizer;
import dev.newsbot.summary.SummaryRequest;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /summary <link>}: fetches any public page a user names (through the user URL policy and
 * its limits), extracts the article and summarises it. Every way it can fail gets a reply that says
 * why in plain words.
 */
public final class LinkSummaries {
  private static final Logger log = LoggerFactory.getLogger(LinkSummaries.class);
  private static final SourceId LINK = new SourceId("link");

  private final UserLinks links;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final Summarizer summarizer;
  private final MessageFormatter formatter;
  private final ZoneId zone;
  private final Clock clock;

  public LinkSummaries(
      UserLinks links,
      Summarizer summarizer,
      MessageFormatter formatter,
      ZoneId zone,
      Clock clock) {
    this.links = links;
    this.summarizer = summarizer;
    this.formatter = formatter;
    this.zone = zone;
    this.clock = clock;
  }

  /** The reply to {@code /summary link}, once the page has been read (or refused). */
  CompletableFuture<OutgoingMessage> summarize(ChatId chat, String link) {
    return links.fetch(chat.value(), link).thenApply(outcome -> reply(link, outcome));
  }

  private OutgoingMessage reply(String link, UserLinks.Outcome outcome) {
    if (outcome instanceof UserLinks.Outcome.Fetched fetched) {
      return summary(fetched.page());
    }
    if (outcome instanceof UserLinks.Outcome.Refused refused) {
      return OutgoingMessage.reply(refusal(refused.why()));
    }
    if (outcome instanceof UserLinks.Outcome.Throttled throttled) {
      return OutgoingMessage.reply(
          throttled.botWide()
              ? "I am reading many links for people right now. Please try again in a minute."
              : "That is five links from this chat in the last minute. Please try again in a"
                  + " minute.");
    }
    FetchException error = ((UserLinks.Outcome.Failed) outcome).error();
    log.info("Link from a chat user could not be read: {}", error.getMessage());
    return OutgoingMessage.reply(failure(error, link));
  }

  private OutgoingMessage summary(FetchResult.Fetched page) {
    Optional<ExtractedArticle> extracted;
    try {
      extracted = extractor.extract(page.body(), page.charset(), page.url(), zone);
    } catch (RuntimeException e) {
      log.warn("Extraction failed on a user's link {}", page.url(), e);
      extracted = Optional.empty();
    }
    if (extracted.isEmpty()) {
      return OutgoingMessage.reply(
          "That page does not look like an article (a front page, a video or a login page?),"
              + " so there is nothing to summarise. Send the link of one story.");
    }
    ExtractedArticle a = extracted.get();
    String lead = a.text().startsWith(a.excerpt()) ? "" : a.excerpt();
    String summary = summarizer.summarize(new SummaryRequest(a.title(), lead, a.text()));
    URI url = page.url();
    Article article =
        new Article(
            0,
            LINK,
            url.getHost() == null ? "the web" : url.getHost().replaceFirst("^www\\.", ""),
            url,
            a.title(),
            a.authors().isEmpty() ? null : String.join(", ", a.authors()),
            a.published() == null ? null : a.published().toInstant(),
            clock.instant(),
            a.excerpt(),
            null,
            summary.isBlank() ? a.excerpt() : summary);
    return formatter.push(article);
  }

  static String refusal(Refusal why) {
    return switch (why) {
      case MALFORMED ->
          "That is not a link I can read. Send a whole address, such as"
              + " https://example.com/news/story.";
      case NOT_HTTP -> "I only read web pages: links that start with http:// or https://.";
      case USER_INFO -> "That link carries a user name or password, so I won't fetch it.";
      case PORT ->
          "That link goes to an unusual port; I only fetch from the standard web ports"
              + " (80 and 443).";
      case UNKNOWN_HOST -> "I could not find that site. Check the spelling of the link.";
      case LOOPBACK -> "That address is the machine I run on, so I won't fetch it.";
      case PRIVATE -> "That address is on a private network, so I won't fetch it.";
      case LINK_LOCAL ->
          "That address is link-local (where cloud servers keep their secrets),"
              + " so I won't fetch it.";
      case RESERVED ->
          "That address is not a public web server (it is reserved, multicast or"
              + " for documentation), so I won't fetch it.";
    };
  }

  private static String failure(FetchException e, String link) {
    int status = e.status();
    if (status == 404 || status == 410) {
      return "That page does not exist (the site answered "
          + status
          + "). Check the link "
          + Quote.of(link)
          + ".";
    }
    if (status >= 400) {
      return "The site answered "
          + status
          + " and would not give me the page. Try again later,"
          + " or try another link.";
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("robots.txt disallows")) {
      return "That site asks bots like me not to read that page (robots.txt), so I won't.";
    }
    if (message.contains("redirects")) {
      return "That link sends me round in circles (too many redirects), so I gave up.";
    }
    return "I could not read that page: the site did not answer properly. Try again later.";
  }
}
