package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads the article columns that article and delivery queries share. */
final class ArticleRows {
  /** The columns {@link #read} expects, for a query with {@code articles} aliased as {@code a}. */
  static final String COLUMNS =
      "a.id, a.source_id, a.source_name, a.url, a.title, a.author, a.published_at,"
          + " a.discovered_at, a.standfirst, a.image_url, a.image_caption, a.summary";

  private ArticleRows() {}

  static Article read(ResultSet rs) throws SQLException {
    String image = rs.getString("image_url");
    return new Article(
        rs.getLong("id"),
        new SourceId(rs.getString("source_id")),
        rs.getString("source_name"),
        URI.create(rs.getString("url")),
        rs.getString("title"),
        rs.getString("author"),
        instant(rs, "published_at"),
        Instant.ofEpochMilli(rs.getLong("discovered_at")),
        rs.getString("standfirst"),
        image == null ? null : URI.create(image),
        rs.getString("image_caption"),
        rs.getString("summary"));
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
