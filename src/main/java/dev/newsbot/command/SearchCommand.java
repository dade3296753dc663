package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleSearch;
import dev.newsbot.news.ShownLists;
import dev.newsbot.subscription.ChatId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /search <words>}: the five most relevant stored articles, with links. */
final class SearchCommand implements Command {
  static final int RESULTS = 5;
  static final int MAX_QUERY = 200;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final ArticleSearch search;
  private final ChatSources sources;
  private final ShownLists lists;
  private final MessageFormatter formatter;
  private final Texts texts;

  SearchCommand(
      ArticleSearch search,
      ChatSources sources,
      ShownLists lists,
      MessageFormatter formatter,
      Texts texts) {
    this.search = search;
    this.sources = sources;
    this.lists = lists;
    this.formatter = formatter;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    if (argument.length() > MAX_QUERY) {
      return Command.reply(texts.get("search.tooLong", MAX_QUERY));
    }
    String query = argument.strip();
    boolean all = query.toLowerCase(Locale.ROOT).startsWith("all ");
    if (all) {
      query = query.substring(4).strip();
    }
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(query);
    while (m.find() && words.size() < 10) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      return Command.reply(texts.get("search.usage"));
    }
    List<Article> found =
        all ? search.search(words, RESULTS) : search.search(words, RESULTS, sources.followed(chat));
    if (found.isEmpty()) {
      return Command.reply(
          texts.get(all ? "search.none" : "search.noneOfYours", new Texts.Html(Quote.of(query))));
    }
    lists.save(chat, found.stream().map(Article::id).toList());
    return Command.reply(
        formatter.latest(found, texts.get("search.title", new Texts.Html(Quote.of(query)))));
  }
}
