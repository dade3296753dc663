package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.Filter;
import dev.newsbot.subscription.FilterStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /filter +word}, {@code /filter -word}, {@code /filter} (the list) and {@code /filter
 * clear}. Filters apply to pushes only.
 */
final class FilterCommand implements Command {
  static final int MAX_FILTERS = 20;

  private final FilterStore filters;
  private final Texts texts;

  FilterCommand(FilterStore filters, Texts texts) {
    this.filters = filters;
    this.texts = texts;
  }

  @Override
  public boolean changes(String argument) {
    return !argument.isBlank();
  }

  @Override
  public String name() {
    return "filter";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    String arg = argument.strip();
    if (arg.isEmpty()) {
      List<Filter> list = filters.of(chat);
      return Command.reply(
          list.isEmpty()
              ? texts.get("filter.none")
              : texts.get("filter.list") + "\n" + Texts.escape(joined(list)));
    }
    if (arg.equalsIgnoreCase("clear")) {
      int n = filters.clear(chat);
      return Command.reply(
          n == 0 ? texts.get("filter.clearedNone") : texts.get("filter.cleared", n));
    }
    Optional<Filter> filter = parse(arg);
    if (filter.isEmpty()) {
      return Command.reply(
          texts.get(
              "filter.bad",
              new Texts.Html(Quote.of(arg)),
              new Texts.Html(texts.get("filter.usage", Filter.MAX_LENGTH))));
    }
    List<Filter> current = filters.of(chat);
    boolean replaces = current.stream().anyMatch(f -> f.word().equals(filter.get().word()));
    if (!replaces && current.size() >= MAX_FILTERS) {
      return Command.reply(texts.get("filter.tooMany", MAX_FILTERS));
    }
    if (!filters.add(chat, filter.get())) {
      return Command.reply(texts.get("filter.same", filter.get().toString()));
    }
    return Command.reply(
        texts.get("filter.added", filter.get().toString(), joined(filters.of(chat))));
  }

  private static Optional<Filter> parse(String arg) {
    if (arg.length() < 2 || (arg.charAt(0) != '+' && arg.charAt(0) != '-')) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Filter(arg.charAt(0) == '+', arg.substring(1).strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a word: the usage says what is
    }
  }

  private static String joined(List<Filter> list) {
    return String.join(" ", list.stream().map(Filter::toString).toList());
  }
}
