package dev.newsbot.command;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.subscription.ChatId;
import dev.newsbot.subscription.SubscriptionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The sources one chat can see: those the operator configured and the chat's own (sources a chat
 * added are shown only to the chats that follow them), and which of them it follows.
 */
final class ChatSources {
  /** A source as one chat sees it. */
  record Entry(Source source, boolean followed) {}

  private final SourceCatalog catalog;
  private final SubscriptionStore subscriptions;

  ChatSources(SourceCatalog catalog, SubscriptionStore subscriptions) {
    this.catalog = catalog;
    this.subscriptions = subscriptions;
  }

  List<Entry> of(ChatId chat) {
    Set<SourceId> followed = subscriptions.followed(chat);
    List<Entry> out = new ArrayList<>();
    for (Source s : catalog.all()) {
      boolean follows = followed.contains(s.id());
      if (s.origin() == Source.Origin.CONFIGURED || follows) {
        out.add(new Entry(s, follows));
      }
    }
    return out;
  }

  /** The source {@code id} if this chat can see it. */
  Optional<Source> find(ChatId chat, String id) {
    return of(chat).stream().map(Entry::source).filter(s -> s.id().value().equals(id)).findFirst();
  }

  /** The sources this chat follows that still exist. */
  List<SourceId> followed(ChatId chat) {
    return subscriptions.followed(chat).stream()
        .filter(id -> catalog.find(id).isPresent())
        .toList();
  }

  /** Follows {@code source} (a dormant chat's source is polled again); true when newly followed. */
  boolean follow(ChatId chat, SourceId source) {
    subscriptions.markChosen(chat);
    boolean added = subscriptions.follow(chat, source);
    if (added) {
      catalog.resume(source);
    }
    return added;
  }

  /**
   * Stops following {@code source}; a chat's source that no chat follows any more is no longer
   * polled (configured ones always are).
   */
  boolean unfollow(ChatId chat, SourceId source) {
    subscriptions.markChosen(chat);
    boolean was = subscriptions.unfollow(chat, source);
    if (subscriptions.followerCount(source) == 0) {
      catalog.pause(source);
      if (subscriptions.followerCount(source) > 0) {
        catalog.resume(source); // a chat on another instance followed it meanwhile
      }
    }
    return was;
  }

  /** Stops following a chat's source, and forgets it when no chat follows it any more. */
  void remove(ChatId chat, SourceId source) {
    unfollow(chat, source);
    if (subscriptions.followerCount(source) == 0) {
      catalog.remove(source);
    }
  }

  /** The configured sources {@code /start} follows. */
  List<Source> defaults() {
    return catalog.configured().stream().filter(Source::followedByDefault).toList();
  }

  /** The names of {@code ids}, for a sentence. */
  String names(List<SourceId> ids) {
    return String.join(
        ", ",
        ids.stream().map(id -> catalog.find(id).map(Source::name).orElse(id.value())).toList());
  }
}
