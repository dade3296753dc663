package dev.newsbot.command;

import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.messages.Texts;
import dev.newsbot.news.Source;
import dev.newsbot.subscription.ChatId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code /channel add @name source-id}, from a private chat: the bot posts that source to the
 * channel, once it has checked that the sender and the bot both administer the channel.
 */
final class ChannelCommand implements Command {
  private final ChannelSetup setup;
  private final Channels channels;
  private final ChatSources sources;
  private final Texts texts;

  ChannelCommand(ChannelSetup setup, Channels channels, ChatSources sources, Texts texts) {
    this.setup = setup;
    this.channels = channels;
    this.sources = sources;
    this.texts = texts;
  }

  @Override
  public String name() {
    return "channel";
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(ChatId chat, String argument) {
    return Command.reply(texts.get("channel.usage"));
  }

  @Override
  public CompletableFuture<Optional<OutgoingMessage>> answer(
      ChatId chat, long user, String argument) {
    String[] w = argument.strip().split("\\s+");
    if (chat.value() < 0) {
      return Command.reply(texts.get("channel.private"));
    }
    if (w.length != 3 || !w[0].equalsIgnoreCase("add")) {
      return Command.reply(texts.get("channel.usage"));
    }
    Optional<Source> source = sources.find(chat, w[2].toLowerCase(java.util.Locale.ROOT));
    if (source.isEmpty()) {
      return Command.reply(texts.get("sources.unknown", new Texts.Html(Quote.of(w[2]))));
    }
    try {
      Optional<ChatId> channel = channels.resolve(w[1]);
      if (channel.isEmpty()) {
        return Command.reply(texts.get("channel.unknown", new Texts.Html(Quote.of(w[1]))));
      }
      if (!channels.isAdmin(channel.get(), user)) {
        return Command.reply(texts.get("channel.notYours", new Texts.Html(Quote.of(w[1]))));
      }
    } catch (ChannelsUnreachable e) {
      return Command.reply(texts.get("channel.unreachable", new Texts.Html(Quote.of(w[1]))));
    }
    ChannelSetup.Outcome outcome = setup.setUp(w[1], List.of(source.get().id()), true);
    if (outcome instanceof ChannelSetup.Outcome.Unreachable) {
      return Command.reply(texts.get("channel.unreachable", new Texts.Html(Quote.of(w[1]))));
    }
    if (outcome instanceof ChannelSetup.Outcome.BotNotAdmin) {
      return Command.reply(texts.get("channel.botNotAdmin", new Texts.Html(Quote.of(w[1]))));
    }
    if (outcome instanceof ChannelSetup.Outcome.Unknown) {
      return Command.reply(texts.get("channel.unknown", new Texts.Html(Quote.of(w[1]))));
    }
    return Command.reply(
        texts.get("channel.done", source.get().name(), new Texts.Html(Quote.of(w[1]))));
  }
}
