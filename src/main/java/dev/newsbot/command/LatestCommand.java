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

/** {@code /latest [n] [all]}: the newest articles of the chat's sources, or of all. */
final class LatestCommand implements Command {
  static final int DEFAULT = 5;
  static final int MAX = 20;

  private final ArticleStore articles;
  private final ChatSources sources;
  private final ShownLists lists;
  private final MessageFormatter formatter;
  private final Texts texts;

  LatestCommand(
      ArticleStore articles,
      ChatSources sources,
      ShownLists lists,
      MessageFormatter formatter,
      Texts texts) {
    this.articles = articles;
    this.sources = sources;
    this.lists = lists;
    this.formatter = formatter;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "latest";
  }

  /** What {@code /latest} and {@code /summary n} read: the chat's sources, or all. */
  static List<Article> newest(
      ArticleStore articles, ChatSources sources, ChatId chat, int n, boolean all) {
    return all ? articles.latest(n) : articles.latest(n, sources.followed(chat));
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    boolean all = false;
    String count = "";
    for (String word : argument.split("\\s+")) {
      if (word.equalsIgnoreCase("all")) {
        all = true;
      } else if (!word.isEmpty()) {
        count = count.isEmpty() ? word : count + " " + word;
      }
    }
    Integer n = Counts.parse(count, DEFAULT, MAX);
    if (n == null) {
      return Command.reply(Counts.bad(texts, "/latest", count, MAX, "count.bad.latest"));
    }
    List<Article> found = newest(articles, sources, chat, n, all);
    if (found.isEmpty()) {
      return Command.reply(texts.get(all ? "noArticles" : "noArticlesOfYours"));
    }
    lists.save(chat, found.stream().map(Article::id).toList());
    return Command.reply(
        formatter.latest(found, texts.get(all ? "latest.titleAll" : "latest.title")));
  }
}
