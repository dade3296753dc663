package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleSearch;
import dev.newsbot.news.SourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Search with SQLite's FTS5 or PostgreSQL's tsvector, every word required, ranked with the title
 * weighing most, then the summary (BM25 in SQLite, ts_rank in PostgreSQL); newer articles first
 * among equals. Nothing a user types is query syntax: FTS5 gets each word quoted, PostgreSQL the
 * words as plain text.
 */
public final class SqlArticleSearch implements ArticleSearch {
  private final Database db;

  public SqlArticleSearch(Database db) {
    this.db = db;
  }

  @Override
  public List<Article> search(List<String> words, int limit) {
    return search(words, limit, null);
  }

  @Override
  public List<Article> search(List<String> words, int limit, Collection<SourceId> sources) {
    if (words.isEmpty() || (sources != null && sources.isEmpty())) {
      return List.of();
    }
    boolean postgres = db.dialect() == Database.Dialect.POSTGRESQL;
    List<Object> params = new ArrayList<>();
    params.add(postgres ? String.join(" ", words) : fts5Query(words));
    String among = "";
    if (sources != null) {
      among = " AND " + ArticleRows.listedByOneOf(sources.size());
      sources.forEach(s -> params.add(s.value()));
    }
    String notices = " AND a.source_id <> '" + SqlOutbox.NOTICE_SOURCE + "'";
    String newest = " COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?";
    String sql;
    if (postgres) {
      params.add(params.get(0));
      sql =
          "SELECT "
              + ArticleRows.COLUMNS
              + " FROM articles a WHERE a.search @@ plainto_tsquery('simple', ?)"
              + notices
              + among
              + " ORDER BY ts_rank(a.search, plainto_tsquery('simple', ?)) DESC,"
              + newest;
    } else {
      sql =
          "SELECT "
              + ArticleRows.COLUMNS
              + " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
              + " WHERE articles_fts MATCH ?"
              + notices
              + among
              + " ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0),"
              + newest;
    }
    params.add(limit);
    return db.statement(
        c -> {
          List<Article> found = Sql.query(c, sql, ArticleRows::read, params.toArray());
          return sources == null ? found : ArticleRows.asListedAmong(c, found, sources);
        });
  }

  private static String fts5Query(List<String> words) {
    return words.stream()
        .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
  }
}
