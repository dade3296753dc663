package dev.newsbot.config;

import dev.newsbot.news.SourceId;
import java.util.List;
import java.util.Objects;

/**
 * A channel the bot posts to, as the operator configured it.
 *
 * @param chat the channel's {@code @username} or numeric id
 * @param sources what it gets
 * @param summary whether its posts carry the summary
 */
public record ChannelConfig(String chat, List<SourceId> sources, boolean summary) {
  public ChannelConfig {
    Objects.requireNonNull(chat, "chat == null");
    sources = List.copyOf(sources);
  }
}
