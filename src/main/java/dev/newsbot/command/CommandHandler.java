package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.subscription.ChatId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Routes a message to its command: with or without this bot's {@code @name}, never another bot's. A
 * chat that floods the bot is asked once to slow down and ignored for a minute. The command menu is
 * derived from the commands and the message catalogue.
 */
public final class CommandHandler {
  /** Commands from one chat in a minute, more than a person types. */
  static final int FLOOD_PER_MINUTE = 20;

  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final Texts texts;
  private final FloodGuard flood;
  private final Admins admins;
  private final Clock clock;
  private final Map<String, Instant> toldNotAdmin = new ConcurrentHashMap<>();

  CommandHandler(List<Command> commands, Texts texts, Clock clock, Admins admins) {
    commands.forEach(c -> this.commands.put(c.name(), c));
    this.texts = texts;
    this.flood = new FloodGuard(FLOOD_PER_MINUTE, clock);
    this.admins = admins;
    this.clock = clock;
  }

  /** The command menu, in order, as Telegram shows it. */
  public List<BotCommand> menu() {
    return commands.values().stream()
        .filter(c -> !c.hidden())
        .map(Command::name)
        .map(
            name ->
                new BotCommand(
                    name,
                    texts.get("command." + name + ".usage"),
                    texts.get("command." + name + ".description")))
        .toList();
  }

  /** The /help text. */
  String help() {
    StringBuilder out = new StringBuilder(texts.get("help.title"));
    for (BotCommand c : menu()) {
      out.append('\n').append(texts.get("help.line", c.usage(), c.description()));
    }
    return out.toString();
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
      ChatId chat, long user, String text, String botUsername) {
    String trimmed = text.strip();
    if (!trimmed.startsWith("/")) {
      return done(
          chat.value() < 0
              ? Optional.empty() // group chatter is not addressed to the bot
              : Optional.of(OutgoingMessage.reply(texts.get("notCommand"))));
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
    switch (flood.check(chat)) {
      case IGNORE:
        return done(Optional.empty());
      case WARN:
        return done(Optional.of(OutgoingMessage.reply(texts.get("slowDown"))));
      default:
        break;
    }
    Command c = commands.get(command.toLowerCase(Locale.ROOT));
    if (c == null) {
      return done(
          Optional.of(
              OutgoingMessage.reply(
                  texts.get("unknownCommand", new Texts.Html(Quote.of(command))))));
    }
    if (chat.value() < 0 && c.changes(argument) && !admins.isAdmin(chat, user)) {
      return done(notAdmin(chat, user));
    }
    return c.answer(chat, user, argument);
  }

  /** One short reply per member every ten minutes; the bot does not chatter. */
  private Optional<OutgoingMessage> notAdmin(ChatId chat, long user) {
    Instant now = clock.instant();
    Instant last = toldNotAdmin.get(chat + ":" + user);
    if (last != null && now.isBefore(last.plus(Duration.ofMinutes(10)))) {
      return Optional.empty();
    }
    toldNotAdmin.put(chat + ":" + user, now);
    return Optional.of(OutgoingMessage.reply(texts.get("admins.only")));
  }

  private static CompletableFuture<Optional<OutgoingMessage>> done(
      Optional<OutgoingMessage> reply) {
    return CompletableFuture.completedFuture(reply);
  }
}
