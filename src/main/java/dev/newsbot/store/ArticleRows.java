package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.SourceId;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reads the article columns that article and delivery queries share. */
final class ArticleRows {
  private static final String REST =
      "a.url, a.title, a.author, a.published_at,"
          + " a.discovered_at, a.standfirst, a.image_url, a.image_caption, a.summary";

  /** The columns {@link #read} expects, for a query with {@code articles} aliased as {@code a}. */
  static final String COLUMNS = "a.id, a.source_id, a.source_name, " + REST;

  /**
   * The columns {@link #read} expects for a delivery {@code d}, joined with {@link #LISTING}: the
   * article as the source the chat got it through shows it, with that source's id and name.
   */
  static final String AS_DELIVERED =
      "a.id, COALESCE(d.listed_by, a.source_id) AS source_id,"
          + " CASE WHEN d.listed_by IS NULL THEN a.source_name"
          + " ELSE COALESCE(l.source_name, d.listed_by) END AS source_name, "
          + REST;

  /** The listing of a delivery's {@code listed_by}, for {@link #AS_DELIVERED}. */
  static final String LISTING =
      " LEFT JOIN source_items l ON l.source_id = d.listed_by AND l.article_id = d.article_id";

  /**
   * The columns {@link #read} expects with {@link #listedAmong}: the article as one of the sources
   * lists it.
   */
  static final String AS_LISTED =
      "a.id, l.source_id, COALESCE(l.source_name, l.source_id) AS source_name, " + REST;

  private ArticleRows() {}

  /**
   * A join of {@code articles a} with the listing {@code l} of the first of {@code n} sources
   * (given as parameters, in the statement's order) that lists each article: the source that stored
   * it when it is one of them. Articles none of them lists are left out.
   */
  static String listedAmong(int n) {
    String among = String.join(", ", java.util.Collections.nCopies(n, "?"));
    return " JOIN source_items l ON l.article_id = a.id AND l.source_id ="
        + " (SELECT m.source_id FROM source_items m WHERE m.article_id = a.id"
        + " AND m.source_id IN ("
        + among
        + ") ORDER BY CASE WHEN m.source_id = a.source_id THEN 0 ELSE 1 END, m.source_id LIMIT 1)";
  }

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
