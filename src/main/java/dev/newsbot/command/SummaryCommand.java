package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.ShownLists;
import dev.newsbot.subscription.ChatId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/** {@code /summary [n]} of an article of /latest, or {@code /summary <link>} of any page. */
final class SummaryCommand implements Command {
  /** An argument that looks like a link rather than a number: a dot or a scheme in it. */
  private static final Pattern LINK_LIKE = Pattern.compile("[.:/]");

  private final ArticleStore articles;
  private final ChatSources sources;
  private final ShownLists lists;
  private final MessageFormatter formatter;
  private final LinkSummaries links;
  private final Texts texts;

  SummaryCommand(
      ArticleStore articles,
      ChatSources sources,
      ShownLists lists,
      MessageFormatter formatter,
      LinkSummaries links,
      Texts texts) {
    this.articles = articles;
    this.sources = sources;
    this.lists = lists;
    this.formatter = formatter;
    this.links = links;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "summary";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    String first = argument.split("\\s+", 2)[0];
    if (!first.matches("[+-]?\\d+") && LINK_LIKE.matcher(first).find()) {
      return links.summarize(chat, first).thenApply(Optional::of);
    }
    Integer n = Counts.parse(argument, 1, LatestCommand.MAX);
    if (n == null) {
      return Command.reply(
          Counts.bad(texts, "/summary", argument, LatestCommand.MAX, "count.bad.summary")
              + texts.get("summary.linkHint"));
    }
    if (!argument.isEmpty()) {
      // n refers to the list the chat was shown last: /latest, /search or a digest
      List<Long> shown = lists.of(chat);
      if (n <= shown.size()) {
        Optional<Article> listed = articles.byId(shown.get(n - 1));
        if (listed.isPresent()) {
          return Command.reply(formatter.push(listed.get()));
        }
      }
    }
    List<Article> found = LatestCommand.newest(articles, sources, chat, n, false);
    if (found.isEmpty()) {
      return Command.reply(texts.get("noArticlesOfYours"));
    }
    if (found.size() < n) {
      return Command.reply(texts.get("summary.tooFew", found.size()));
    }
    return Command.reply(formatter.push(found.get(n - 1)));
  }
}
