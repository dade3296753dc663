package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.fetch.FetchException;
import dev.newsbot.fetch.FetchResult;
import dev.newsbot.fetch.Refusal;
import dev.newsbot.fetch.UserLinks;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.news.BodyBlock;
import dev.newsbot.news.FullArticle;
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
  private final Texts texts;
  private final LinkArticles kept;

  public LinkSummaries(
      UserLinks links,
      Summarizer summarizer,
      MessageFormatter formatter,
      ZoneId zone,
      Clock clock,
      Texts texts) {
    this(links, summarizer, formatter, zone, clock, texts, new LinkArticles());
  }

  private LinkSummaries(
      UserLinks links,
      Summarizer summarizer,
      MessageFormatter formatter,
      ZoneId zone,
      Clock clock,
      Texts texts,
      LinkArticles kept) {
    this.links = links;
    this.summarizer = summarizer;
    this.formatter = formatter;
    this.zone = zone;
    this.clock = clock;
    this.texts = texts;
    this.kept = kept;
  }

  /** The same, answering in another language; the pages read are shared. */
  LinkSummaries in(Texts otherTexts, MessageFormatter otherFormatter) {
    return new LinkSummaries(links, summarizer, otherFormatter, zone, clock, otherTexts, kept);
  }

  /** The reply to {@code /summary link}, once the page has been read (or refused). */
  CompletableFuture<OutgoingMessage> summarize(ChatId chat, String link) {
    return links.fetch(chat.value(), link, outcome -> reply(chat, link, outcome));
  }

  private OutgoingMessage reply(ChatId chat, String link, UserLinks.Outcome outcome) {
    if (outcome instanceof UserLinks.Outcome.Fetched fetched) {
      return summary(chat, fetched.page());
    }
    if (outcome instanceof UserLinks.Outcome.Refused refused) {
      return OutgoingMessage.reply(refusal(refused.why()));
    }
    if (outcome instanceof UserLinks.Outcome.Throttled throttled) {
      return OutgoingMessage.reply(texts.get(throttled.botWide() ? "link.busy" : "link.chatLimit"));
    }
    FetchException error = ((UserLinks.Outcome.Failed) outcome).error();
    log.info("Link from a chat user could not be read: {}", error.getMessage());
    return OutgoingMessage.reply(failure(error, link));
  }

  private OutgoingMessage summary(ChatId chat, FetchResult.Fetched page) {
    Optional<ExtractedArticle> extracted;
    try {
      extracted = extractor.extract(page.body(), page.charset(), page.url(), zone);
    } catch (RuntimeException e) {
      log.warn("Extraction failed on a user's link {}", page.url(), e);
      extracted = Optional.empty();
    }
    if (extracted.isEmpty()) {
      return OutgoingMessage.reply(texts.get("link.notArticle"));
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
            "",
            summary.isBlank() ? a.excerpt() : summary);
    long n = kept.keep(chat, new FullArticle(article, BodyBlock.parse(a.text())));
    return formatter.push(article).withButtons(formatter.linkButtons(n));
  }

  /** The pages read lately, for their "Read here" buttons. */
  LinkArticles kept() {
    return kept;
  }

  /** Why a link is refused, in plain words. */
  String refusal(Refusal why) {
    return texts.get(
        switch (why) {
          case MALFORMED -> "link.malformed";
          case NOT_HTTP -> "link.notHttp";
          case USER_INFO -> "link.userInfo";
          case PORT -> "link.port";
          case UNKNOWN_HOST -> "link.unknownHost";
          case LOOPBACK -> "link.loopback";
          case PRIVATE -> "link.private";
          case LINK_LOCAL -> "link.linkLocal";
          case RESERVED -> "link.reserved";
        });
  }

  private String failure(FetchException e, String link) {
    int status = e.status();
    if (status == 404 || status == 410) {
      return texts.get("link.gone", status, new Texts.Html(Quote.of(link)));
    }
    if (status >= 400) {
      return texts.get("link.status", status);
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.startsWith("robots.txt disallows")) {
      return texts.get("link.robots");
    }
    if (message.contains("redirects")) {
      return texts.get("link.loop");
    }
    return texts.get("link.failed");
  }
}
