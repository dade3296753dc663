package dev.newsbot.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One news source as the operator configured it.
 *
 * @param id stable key used in the database; never rename it once articles are stored
 * @param name what users see next to each article
 * @param feed an RSS, Atom or RDF feed
 * @param zone the time zone of dates the site prints without an offset
 */
public record SourceConfig(String id, String name, URI feed, ZoneId zone) {
  public SourceConfig {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(feed, "feed == null");
    Objects.requireNonNull(zone, "zone == null");
  }
}
