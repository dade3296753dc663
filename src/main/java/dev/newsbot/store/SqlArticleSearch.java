package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleSearch;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Search with SQLite's FTS5, ranked by BM25 with the title weighing most, then the summary; newer
 * articles first among equals. Each word is quoted, so nothing a user types is FTS5 syntax.
 */
public final class SqlArticleSearch implements ArticleSearch {
  private final Database db;

  public SqlArticleSearch(Database db) {
    this.db = db;
  }

  @Override
  public List<Article> search(List<String> words, int limit) {
    if (words.isEmpty()) {
      return List.of();
    }
    String match =
        words.stream()
            .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(" "));
    return db.statement(
        c ->
            Sql.query(
                c,
                "SELECT "
                    + ArticleRows.COLUMNS
                    + " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
                    + " WHERE articles_fts MATCH ?"
                    + " ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0),"
                    + " COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?",
                ArticleRows::read,
                match,
                limit));
  }
}
