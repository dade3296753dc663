package dev.newsbot.command;

import dev.newsbot.delivery.Button;
import dev.newsbot.delivery.Outbox;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.ChatSettings;
import dev.newsbot.subscription.SettingsStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /settings}: how the chat gets its news, with buttons that change a setting and edit the
 * message in place; the typed forms ({@code /settings digest 08:00}, {@code quiet 23:00 07:00},
 * {@code instant}, {@code tz Asia/Singapore}, {@code summaries off}, {@code language zh}) do the
 * same.
 */
final class SettingsCommand implements Command {
  /** Callback data of a settings button: {@code s:<change>}. */
  static final String BUTTON = "s";

  static final LocalTime MORNING = LocalTime.of(8, 0);
  static final LocalTime EVENING = LocalTime.of(20, 0);
  static final ChatSettings.QuietHours NIGHT =
      new ChatSettings.QuietHours(LocalTime.of(23, 0), LocalTime.of(7, 0));

  private final SettingsStore settings;
  private final Outbox outbox;
  private final ZoneId defaultZone;
  private final Clock clock;
  private final Texts texts;

  SettingsCommand(
      SettingsStore settings, Outbox outbox, ZoneId defaultZone, Clock clock, Texts texts) {
    this.settings = settings;
    this.outbox = outbox;
    this.defaultZone = defaultZone;
    this.clock = clock;
    this.texts = texts;
  }

  @Override
  public boolean changes(String argument) {
    return !argument.isBlank();
  }

  @Override
  public String name() {
    return "settings";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    String arg = argument.strip();
    if (arg.isEmpty()) {
      return Command.reply(render(chat));
    }
    String[] words = arg.split("\\s+");
    ChatSettings now = settings.of(chat);
    Optional<ChatSettings> changed;
    try {
      changed = typed(now, words);
    } catch (BadValue e) {
      return Command.reply(e.getMessage());
    }
    if (changed.isEmpty()) {
      return Command.reply(
          texts.get(
              "settings.usage",
              new Texts.Html(Quote.of(arg)),
              new Texts.Html(texts.get("settings.typed"))));
    }
    save(chat, now, changed.get());
    return Command.reply(saved(chat) + "\n\n" + render(chat).text());
  }

  /** A button's change; empty when the data names none. */
  Optional<OutgoingMessage> press(ChatId chat, int messageId, String change) {
    ChatSettings now = settings.of(chat);
    ChatSettings next =
        switch (change) {
          case "i" -> now.withDigestTimes(List.of());
          case "d1" -> now.withDigestTimes(List.of(MORNING));
          case "d2" -> now.withDigestTimes(List.of(MORNING, EVENING));
          case "q1" -> now.withQuiet(Optional.of(NIGHT));
          case "q0" -> now.withQuiet(Optional.empty());
          case "s1" -> now.withSummaries(true);
          case "s0" -> now.withSummaries(false);
          case "len" -> now.withLanguage(Optional.of("en"));
          case "lzh" -> now.withLanguage(Optional.of("zh"));
          default -> null;
        };
    if (next == null) {
      return Optional.empty();
    }
    save(chat, now, next);
    return Optional.of(render(chat).editing(messageId));
  }

  private void save(ChatId chat, ChatSettings before, ChatSettings after) {
    settings.save(chat, after);
    if (!before.digest() && after.digest()) {
      settings.digestDone(chat, clock.instant()); // the first digest covers what comes from now
    }
    if (before.digest() && !after.digest()) {
      outbox.releaseHeld(chat, clock.instant()); // what waited for a digest comes now
    }
  }

  private static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String message) {
      super(message);
    }
  }

  private Optional<ChatSettings> typed(ChatSettings s, String[] w) throws BadValue {
    String what = w[0].toLowerCase(Locale.ROOT);
    switch (what) {
      case "instant":
        return w.length == 1 ? Optional.of(s.withDigestTimes(List.of())) : Optional.empty();
      case "digest":
        if (w.length < 2 || w.length > 3) {
          return Optional.empty();
        }
        List<LocalTime> times = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
          times.add(time(w[i]));
        }
        return Optional.of(s.withDigestTimes(times));
      case "quiet":
        if (w.length == 2 && w[1].equalsIgnoreCase("off")) {
          return Optional.of(s.withQuiet(Optional.empty()));
        }
        if (w.length != 3) {
          return Optional.empty();
        }
        LocalTime from = time(w[1]);
        LocalTime to = time(w[2]);
        if (from.equals(to)) {
          throw new BadValue(texts.get("settings.sameQuiet"));
        }
        return Optional.of(s.withQuiet(Optional.of(new ChatSettings.QuietHours(from, to))));
      case "tz":
      case "zone":
        if (w.length != 2) {
          return Optional.empty();
        }
        try {
          return Optional.of(s.withZone(Optional.of(ZoneId.of(w[1]))));
        } catch (DateTimeException e) {
          throw new BadValue(texts.get("settings.badZone", new Texts.Html(Quote.of(w[1]))));
        }
      case "summaries":
        if (w.length == 2 && (w[1].equalsIgnoreCase("on") || w[1].equalsIgnoreCase("off"))) {
          return Optional.of(s.withSummaries(w[1].equalsIgnoreCase("on")));
        }
        return Optional.empty();
      case "language":
        if (w.length == 2 && (w[1].equalsIgnoreCase("en") || w[1].equalsIgnoreCase("zh"))) {
          return Optional.of(s.withLanguage(Optional.of(w[1].toLowerCase(Locale.ROOT))));
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private LocalTime time(String text) throws BadValue {
    try {
      return LocalTime.parse(text.length() == 4 && text.charAt(1) == ':' ? "0" + text : text);
    } catch (DateTimeParseException e) {
      throw new BadValue(texts.get("settings.badTime", new Texts.Html(Quote.of(text))));
    }
  }

  /** The settings as they stand, with their buttons. */
  OutgoingMessage render(ChatId chat) {
    ChatSettings s = settings.of(chat);
    Texts texts = textsOf(s);
    StringBuilder html = new StringBuilder(texts.get("settings.title"));
    html.append('\n')
        .append(
            s.digest()
                ? texts.get(
                    "settings.delivery.digest",
                    String.join(", ", s.digestTimes().stream().map(LocalTime::toString).toList()))
                : texts.get("settings.delivery.instant"));
    html.append('\n')
        .append(
            s.quiet()
                .map(q -> texts.get("settings.quiet.on", q.from().toString(), q.to().toString()))
                .orElse(texts.get("settings.quiet.off")));
    html.append('\n').append(texts.get("settings.zone", s.zone().orElse(defaultZone).getId()));
    html.append('\n')
        .append(texts.get(s.summaries() ? "settings.summaries.on" : "settings.summaries.off"));
    html.append('\n')
        .append(
            texts.get(
                "settings.language",
                s.language().map(l -> l.equals("zh") ? "中文" : "English").orElse("English")));
    html.append("\n\n").append(texts.get("settings.typed"));
    List<List<Button>> rows =
        List.of(
            List.of(
                button(texts, "settings.button.instant", "i"),
                button(texts, "settings.button.daily", "d1"),
                button(texts, "settings.button.twice", "d2")),
            List.of(
                s.quiet().isPresent()
                    ? button(texts, "settings.button.quietOff", "q0")
                    : button(texts, "settings.button.quietOn", "q1"),
                s.summaries()
                    ? button(texts, "settings.button.summariesOff", "s0")
                    : button(texts, "settings.button.summariesOn", "s1")),
            List.of(
                button(texts, "settings.button.english", "len"),
                button(texts, "settings.button.chinese", "lzh")));
    return OutgoingMessage.reply(html.toString()).withButtons(rows);
  }

  /** "Saved.", in the language the chat now reads (it may just have chosen it). */
  String saved(ChatId chat) {
    return textsOf(settings.of(chat)).get("settings.saved");
  }

  /** The chat's chosen language, else the one this command answers in. */
  private Texts textsOf(ChatSettings s) {
    return s.language().map(Texts::forLanguage).orElse(texts);
  }

  private static Button button(Texts texts, String key, String change) {
    return Button.callback(texts.get(key), BUTTON + ":" + change);
  }
}
