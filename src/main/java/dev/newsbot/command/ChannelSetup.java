package dev.newsbot.command;

import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SettingsStore;
import dev.newsbot.subscription.SubscriberStore;
import dev.newsbot.subscription.SubscriptionStore;
import java.util.List;
import java.util.Optional;

/**
 * Makes a channel a chat the bot posts to: subscribed, following its sources, its posts marked as a
 * channel's (a link back to the bot instead of buttons), with or without summaries.
 */
public final class ChannelSetup {
  private final Channels channels;
  private final SubscriberStore subscribers;
  private final SubscriptionStore subscriptions;
  private final SettingsStore settings;

  public ChannelSetup(
      Channels channels,
      SubscriberStore subscribers,
      SubscriptionStore subscriptions,
      SettingsStore settings) {
    this.channels = channels;
    this.subscribers = subscribers;
    this.subscriptions = subscriptions;
    this.settings = settings;
  }

  /** What came of setting up one channel. */
  public sealed interface Outcome {
    record Ready(ChatId channel) implements Outcome {}

    record Unknown() implements Outcome {}

    record BotNotAdmin(ChatId channel) implements Outcome {}

    /** Telegram could not be asked; nothing was set up, and the same call may be tried again. */
    record Unreachable(String why) implements Outcome {}
  }

  /** Sets up {@code reference} (an @username or an id) to get {@code sources}. */
  public Outcome setUp(String reference, List<SourceId> sources, boolean summaries) {
    ChatId id;
    try {
      Optional<ChatId> channel = channels.resolve(reference);
      if (channel.isEmpty()) {
        return new Outcome.Unknown();
      }
      id = channel.get();
      if (!channels.botIsAdmin(id)) {
        return new Outcome.BotNotAdmin(id);
      }
    } catch (ChannelsUnreachable e) {
      return new Outcome.Unreachable(e.getMessage());
    }
    subscribers.subscribe(id);
    sources.forEach(s -> subscriptions.follow(id, s));
    subscriptions.markChosen(id);
    settings.save(id, settings.of(id).withSummaries(summaries));
    settings.markChannel(id);
    return new Outcome.Ready(id);
  }
}
