package dev.newsbot.news;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every source the bot reads: those the operator configured, then those chats added. Chats' sources
 * are stored, and whoever schedules polls hears of each one added or removed.
 */
public final class SourceCatalog {
  /** Told of sources added and removed while the bot runs. */
  public interface Listener {
    void added(Source source);

    void removed(SourceId source);

    /** A dormant source is followed again; by default as if it were new. */
    default void resumed(Source source) {
      added(source);
    }
  }

  private final List<Source> configured;
  private final ChatSourceStore chatSources;
  private final Map<SourceId, Source> byId = new LinkedHashMap<>();
  private final Set<SourceId> dormant = new HashSet<>();
  private Listener listener =
      new Listener() {
        @Override
        public void added(Source source) {}

        @Override
        public void removed(SourceId source) {}
      };

  public SourceCatalog(List<Source> configured, ChatSourceStore chatSources) {
    this.configured = List.copyOf(configured);
    this.chatSources = chatSources;
    configured.forEach(s -> byId.put(s.id(), s));
    chatSources.all().forEach(s -> byId.putIfAbsent(s.id(), s));
  }

  /** Sets who hears of changes (the poll scheduler). */
  public synchronized void listen(Listener listener) {
    this.listener = listener;
  }

  /** Every source, configured ones first, dormant ones included. */
  public synchronized List<Source> all() {
    return new ArrayList<>(byId.values());
  }

  /** The sources to poll: all but chats' sources that no chat follows. */
  public synchronized List<Source> polled() {
    return byId.values().stream().filter(s -> !dormant.contains(s.id())).toList();
  }

  /** A chat's source no chat follows any more: kept, but no longer polled. */
  public void pause(SourceId id) {
    Listener l;
    synchronized (this) {
      Source s = byId.get(id);
      if (s == null || s.origin() != Source.Origin.CHAT || !dormant.add(id)) {
        return;
      }
      l = listener;
    }
    l.removed(id);
  }

  /** A dormant source a chat follows again: polled again. */
  public void resume(SourceId id) {
    Listener l;
    Source s;
    synchronized (this) {
      s = byId.get(id);
      if (s == null || !dormant.remove(id)) {
        return;
      }
      l = listener;
    }
    l.resumed(s);
  }

  /** The sources of the config file. */
  public List<Source> configured() {
    return configured;
  }

  public synchronized Optional<Source> find(SourceId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The chat-added source stored under this normalised address. */
  public Optional<Source> byUrlKey(String urlKey) {
    return chatSources.byUrlKey(urlKey);
  }

  /** Stores a source a chat added, and has it polled. */
  public void add(Source source, String urlKey, long addedBy) {
    if (source.origin() != Source.Origin.CHAT) {
      throw new IllegalArgumentException("only chats' sources are added at run time: " + source);
    }
    Listener l;
    synchronized (this) {
      if (byId.containsKey(source.id())) {
        throw new IllegalArgumentException("source id " + source.id() + " is taken");
      }
      chatSources.add(source, urlKey, addedBy);
      byId.put(source.id(), source);
      l = listener;
    }
    l.added(source);
  }

  /** Forgets a chat's source, which is no longer polled; configured ones stay. */
  public void remove(SourceId id) {
    Listener l;
    synchronized (this) {
      Source s = byId.get(id);
      if (s == null || s.origin() != Source.Origin.CHAT) {
        return;
      }
      chatSources.remove(id);
      byId.remove(id);
      boolean wasPolled = !dormant.remove(id);
      l = wasPolled ? listener : null;
    }
    if (l == null) {
      return;
    }
    l.removed(id);
  }
}
