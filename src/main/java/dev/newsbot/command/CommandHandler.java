package dev.newsbot.command;

import dev.newsbot.delivery.MessageFormatter;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriberStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Answers the bot's commands. Every reply to a wrong argument says what is wrong and how to fix it.
 */
public final class CommandHandler {
  /** The commands, in the order of the menu. */
  public static final List<BotCommand> MENU =
      List.of(
          new BotCommand("start", "/start", "Subscribe to new articles"),
          new BotCommand("stop", "/stop", "Unsubscribe"),
          new BotCommand("latest", "/latest [n]", "The newest articles (default 5, at most 20)"),
          new BotCommand(
              "summary",
              "/summary [n or link]",
              "Summary of the newest article, the n-th in /latest, or any page"),
          new BotCommand("help", "/help", "What this bot can do"));

  /** An argument that looks like a link rather than a number: a dot or a scheme in it. */
  private static final Pattern LINK_LIKE = Pattern.compile("[.:/]");

  static final int DEFAULT_LATEST = 5;
  static final int MAX_LATEST = 20;

  private final SubscriberStore subscribers;
  private final ArticleStore articles;
  private final MessageFormatter formatter;
  private final List<String> sourceNames;
  private final LinkSummaries links;

  /**
   * @param links reads the pages users name in {@code /summary <link>}
   */
  public CommandHandler(
      SubscriberStore subscribers,
      ArticleStore articles,
      MessageFormatter formatter,
      List<String> sourceNames,
      LinkSummaries links) {
    this.subscribers = subscribers;
    this.articles = articles;
    this.formatter = formatter;
    this.sourceNames = List.copyOf(sourceNames);
    this.links = links;
  }

  /**
   * Answers one message.
   *
   * @param botUsername the bot's username, to tell {@code /latest@ThisBot} from another bot's
   *     command in a group; null when unknown
   * @return the reply, or empty when the message is not for this bot; most replies are ready at
   *     once, those that fetch a page complete later, off the caller's thread
   */
  public CompletableFuture<Optional<OutgoingMessage>> handle(
      ChatId chat, String text, String botUsername) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("/")) {
      return done(
          chat.value() < 0
              ? Optional.empty() // group chatter is not addressed to the bot
              : reply("I answer commands. Send /help to see them."));
    }
    String[] parts = trimmed.split("\\s+", 2);
    String command = parts[0].substring(1);
    String argument = parts.length > 1 ? parts[1].strip() : "";
    int at = command.indexOf('@');
    if (at >= 0) {
      String addressee = command.substring(at + 1);
      if (botUsername != null && !addressee.equalsIgnoreCase(botUsername)) {
        return done(Optional.empty());
      }
      command = command.substring(0, at);
    }
    String name = command.toLowerCase(Locale.ROOT);
    if (name.equals("summary") && isLink(argument)) {
      return links.summarize(chat, argument.split("\\s+", 2)[0]).thenApply(Optional::of);
    }
    return done(answer(chat, name, command, argument));
  }

  /** An argument that is meant as a link rather than a number. */
  private static boolean isLink(String argument) {
    String first = argument.split("\\s+", 2)[0];
    return !first.matches("[+-]?\\d+") && LINK_LIKE.matcher(first).find();
  }

  private Optional<OutgoingMessage> answer(
      ChatId chat, String name, String command, String argument) {
    switch (name) {
      case "start":
        return start(chat);
      case "stop":
        return stop(chat);
      case "latest":
        return latest(argument);
      case "summary":
        return summary(argument);
      case "help":
        return reply(help());
      default:
        return reply(
            "Unknown command /" + Quote.of(command) + ". Send /help to see what I can do.");
    }
  }

  private static CompletableFuture<Optional<OutgoingMessage>> done(
      Optional<OutgoingMessage> reply) {
    return CompletableFuture.completedFuture(reply);
  }

  private Optional<OutgoingMessage> start(ChatId chat) {
    boolean added = subscribers.subscribe(chat);
    String sources = MessageFormatter.escape(String.join(", ", sourceNames));
    String first =
        added
            ? "Welcome to NewsBot! You are subscribed: new articles from "
                + sources
                + " will arrive here."
            : "You are already subscribed to " + sources + ".";
    return reply(first + "\n\n" + help());
  }

  private Optional<OutgoingMessage> stop(ChatId chat) {
    return reply(
        subscribers.unsubscribe(chat)
            ? "You are unsubscribed and will get no more articles. Send /start to subscribe again."
            : "You were not subscribed. Send /start to subscribe.");
  }

  private Optional<OutgoingMessage> latest(String argument) {
    Integer n = count(argument, DEFAULT_LATEST, MAX_LATEST);
    if (n == null) {
      return reply(badCount("/latest", argument, MAX_LATEST, "shows the newest n articles"));
    }
    List<Article> found = articles.latest(n);
    if (found.isEmpty()) {
      return reply(noArticlesYet());
    }
    return reply(formatter.latest(found));
  }

  private Optional<OutgoingMessage> summary(String argument) {
    Integer n = count(argument, 1, MAX_LATEST);
    if (n == null) {
      return reply(
          badCount("/summary", argument, MAX_LATEST, "summarises the n-th article of /latest")
              + " To summarise any page, send /summary and its link, for example /summary"
              + " https://example.com/news/story.");
    }
    List<Article> found = articles.latest(n);
    if (found.isEmpty()) {
      return reply(noArticlesYet());
    }
    if (found.size() < n) {
      return reply(
          "There are only "
              + found.size()
              + " articles so far. Send /summary with a number from 1 to "
              + found.size()
              + ".");
    }
    return Optional.of(formatter.push(found.get(n - 1)));
  }

  /** Parses an optional count; null when it is not a whole number in 1..max. */
  private static Integer count(String argument, int fallback, int max) {
    if (argument.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(argument);
      return n >= 1 && n <= max ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String badCount(String command, String argument, int max, String what) {
    return "'"
        + Quote.of(argument)
        + "' is not a number from 1 to "
        + max
        + ". "
        + command
        + " n "
        + what
        + ", for example "
        + command
        + " 3.";
  }

  private static String noArticlesYet() {
    return "No articles yet. The sources are checked regularly; try again in a few minutes.";
  }

  private static String help() {
    StringBuilder out = new StringBuilder("Commands:");
    for (BotCommand c : MENU) {
      out.append('\n')
          .append(MessageFormatter.escape(c.usage()))
          .append(" - ")
          .append(MessageFormatter.escape(c.description()));
    }
    return out.toString();
  }

  private static Optional<OutgoingMessage> reply(String html) {
    return Optional.of(OutgoingMessage.reply(html));
  }
}
