package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleStore;
import dev.newsbot.news.NewArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Articles in SQL, with their deliveries queued in the same transaction. */
public final class SqlArticleStore implements ArticleStore {
  private final Database db;
  private final Clock clock;

  public SqlArticleStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public boolean contains(String urlKey) {
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE url_key = ?")) {
            ps.setString(1, urlKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public Optional<Article> add(NewArticle article, boolean deliver) {
    Instant now = clock.instant();
    return db.transaction(
        c -> {
          Optional<Long> id = insert(c, article, now);
          if (id.isEmpty()) {
            return Optional.empty();
          }
          if (deliver) {
            enqueue(c, id.get(), now);
          }
          return Optional.of(
              new Article(
                  id.get(),
                  article.source(),
                  article.sourceName(),
                  article.url(),
                  article.title(),
                  article.author(),
                  article.published(),
                  now,
                  article.standfirst(),
                  article.image(),
                  article.summary()));
        });
  }

  private static Optional<Long> insert(Connection c, NewArticle a, Instant now) throws SQLException {
    String sql =
        "INSERT INTO articles (source_id, source_name, url, url_key, content_hash, title, author,"
            + " published_at, discovered_at, standfirst, image_url, body, summary)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT DO NOTHING RETURNING id";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, a.source().value());
      ps.setString(2, a.sourceName());
      ps.setString(3, a.url().toString());
      ps.setString(4, a.urlKey());
      ps.setString(5, a.contentHash());
      ps.setString(6, a.title());
      ps.setString(7, a.author());
      ArticleRows.setInstant(ps, 8, a.published());
      ps.setLong(9, now.toEpochMilli());
      ps.setString(10, a.standfirst());
      ps.setString(11, a.image() == null ? null : a.image().toString());
      ps.setString(12, a.body());
      ps.setString(13, a.summary());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  private static void enqueue(Connection c, long articleId, Instant now) throws SQLException {
    String sql =
        "INSERT INTO deliveries (article_id, chat_id, state, attempts, next_attempt_at, created_at)"
            + " SELECT ?, chat_id, 'pending', 0, ?, ? FROM subscribers WHERE active = 1";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, articleId);
      ps.setLong(2, now.toEpochMilli());
      ps.setLong(3, now.toEpochMilli());
      ps.executeUpdate();
    }
  }

  @Override
  public List<Article> latest(int limit) {
    String sql =
        "SELECT " + ArticleRows.COLUMNS + " FROM articles a"
            + " ORDER BY COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?";
    return db.transaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
              List<Article> out = new ArrayList<>();
              while (rs.next()) {
                out.add(ArticleRows.read(rs));
              }
              return out;
            }
          }
        });
  }
}
