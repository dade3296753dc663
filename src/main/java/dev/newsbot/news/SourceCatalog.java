package dev.newsbot.news;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every source the bot reads: those the operator configured, then those chats added. Chats' sources
 * are read from their store each time, never cached, so that instances sharing one database see the
 * sources any of them added or removed; whoever schedules polls hears of each change made here.
 */
public final class SourceCatalog {
  /** Told of sources added, followed again, and no longer polled while the bot runs. */
  public interface Listener {
    void added(Source source);

    void removed(SourceId source);

    /**
     * A chat follows a chat's source: it is polled again if it was not (another instance may poll
     * it already); by default as if it were new.
     */
    default void resumed(Source source) {
      added(source);
    }
  }

  private final List<Source> configured;
  private final Map<SourceId, Source> configuredById = new LinkedHashMap<>();
  private final ChatSourceStore chatSources;
  private volatile Listener listener =
      new Listener() {
        @Override
        public void added(Source source) {}

        @Override
        public void removed(SourceId source) {}
      };

  public SourceCatalog(List<Source> configured, ChatSourceStore chatSources) {
    this.configured = List.copyOf(configured);
    this.chatSources = chatSources;
    configured.forEach(s -> configuredById.put(s.id(), s));
  }

  /** Sets who hears of changes (the poll scheduler). */
  public void listen(Listener listener) {
    this.listener = listener;
  }

  /** Every source, configured ones first, those no chat follows included. */
  public List<Source> all() {
    List<Source> out = new ArrayList<>(configured);
    for (Source s : chatSources.all()) {
      if (!configuredById.containsKey(s.id())) {
        out.add(s);
      }
    }
    return out;
  }

  /** A chat's source no chat follows any more: kept, but no longer polled. */
  public void pause(SourceId id) {
    if (!configuredById.containsKey(id)) {
      listener.removed(id);
    }
  }

  /** A chat's source a chat follows (again): polled, if it was not. */
  public void resume(SourceId id) {
    if (!configuredById.containsKey(id)) {
      chatSources.find(id).ifPresent(s -> listener.resumed(s));
    }
  }

  /** The sources of the config file. */
  public List<Source> configured() {
    return configured;
  }

  public Optional<Source> find(SourceId id) {
    Source s = configuredById.get(id);
    return s != null ? Optional.of(s) : chatSources.find(id);
  }

  /** The chat-added source stored under this normalised address. */
  public Optional<Source> byUrlKey(String urlKey) {
    return chatSources.byUrlKey(urlKey);
  }

  /** Whether pushes of this source carry its articles' photos; only configured sources may. */
  public boolean photos(SourceId id) {
    Source s = configuredById.get(id);
    return s != null && s.photos();
  }

  /**
   * Stores a source a chat added, and has it polled. Adds through this catalog are one at a time,
   * so that the free id a chat's source was given is still free; the store refuses one that another
   * instance added a moment before under the same id or address.
   *
   * @throws IllegalArgumentException when its id is taken
   */
  public synchronized void add(Source source, String urlKey, long addedBy) {
    if (source.origin() != Source.Origin.CHAT) {
      throw new IllegalArgumentException("only chats' sources are added at run time: " + source);
    }
    if (find(source.id()).isPresent()) {
      throw new IllegalArgumentException("source id " + source.id() + " is taken");
    }
    chatSources.add(source, urlKey, addedBy);
    listener.added(source);
  }

  /** Forgets a chat's source, which is no longer polled; configured ones stay. */
  public void remove(SourceId id) {
    if (!configuredById.containsKey(id)) {
      chatSources.remove(id);
      listener.removed(id);
    }
  }
}
