package dev.newsbot.news;

import java.util.Objects;

/** The configured id of a news source, such as {@code mothership}. */
public record SourceId(String value) {
  public SourceId {
    Objects.requireNonNull(value, "value == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("source id is blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
