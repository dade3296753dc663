package dev.newsbot.command;

import dev.newsbot.delivery.Outbox;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.BotStats;
import dev.newsbot.subscription.ChatId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleSupplier;

/**
 * The operators' commands, for the chats in ADMIN_CHAT_IDS only (others are told there is no such
 * command): {@code /stats} and {@code /broadcast <text>}.
 */
final class AdminCommands {
  private AdminCommands() {}

  /** Shared by both: who may, and what others are told. */
  private abstract static class Admin implements Command {
    final Set<Long> admins;
    final Texts texts;

    Admin(Set<Long> admins, Texts texts) {
      this.admins = Set.copyOf(admins);
      this.texts = texts;
    }

    @Override
    public boolean hidden() {
      return true;
    }

    @Override
    public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
      if (!admins.contains(chat.value())) {
        return Command.reply(texts.get("unknownCommand", name()));
      }
      return Command.reply(run(chat, argument));
    }

    abstract String run(ChatId chat, String argument);
  }

  /** {@code /stats}: chats, sources and their health, today's articles and sends, the queue. */
  static final class Stats extends Admin {
    private final BotStats stats;
    private final DoubleSupplier rateLimited;
    private final ZoneId zone;
    private final Clock clock;

    Stats(
        Set<Long> admins,
        Texts texts,
        BotStats stats,
        DoubleSupplier rateLimited,
        ZoneId zone,
        Clock clock) {
      super(admins, texts);
      this.stats = stats;
      this.rateLimited = rateLimited;
      this.zone = zone;
      this.clock = clock;
    }

    @Override
    public String name() {
      return "stats";
    }

    @Override
    String run(ChatId chat, String argument) {
      Instant midnight = clock.instant().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
      BotStats.Figures f = stats.figures(midnight);
      StringBuilder out =
          new StringBuilder(
              texts.get(
                  "stats.head",
                  f.activeChats(),
                  f.inactiveChats(),
                  f.articlesToday(),
                  f.sendsToday(),
                  f.pending(),
                  (long) rateLimited.getAsDouble()));
      for (BotStats.SourceHealth s : f.sources()) {
        out.append('\n')
            .append(
                s.failures() == 0
                    ? texts.get(
                        "stats.sourceOk",
                        s.source(),
                        s.lastSuccess() == null ? "-" : s.lastSuccess().toString())
                    : texts.get(
                        "stats.sourceFailing",
                        s.source(),
                        s.failures(),
                        new Texts.Html(Quote.of(s.lastError() == null ? "" : s.lastError()))));
      }
      return out.toString();
    }
  }

  /** {@code /broadcast <text>}: a notice to every active chat, through the outbox. */
  static final class Broadcast extends Admin {
    private final Outbox outbox;
    private final Runnable wake;
    private final Clock clock;

    Broadcast(Set<Long> admins, Texts texts, Outbox outbox, Runnable wake, Clock clock) {
      super(admins, texts);
      this.outbox = outbox;
      this.wake = wake;
      this.clock = clock;
    }

    @Override
    public String name() {
      return "broadcast";
    }

    @Override
    String run(ChatId chat, String argument) {
      String text = argument.strip();
      if (text.isEmpty()) {
        return texts.get("broadcast.usage");
      }
      if (text.length() > 3500) {
        return texts.get("broadcast.tooLong", text.length());
      }
      int chats = outbox.queueNotice(Texts.escape(text), clock.instant());
      wake.run();
      return texts.get("broadcast.queued", chats);
    }
  }
}
