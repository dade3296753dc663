package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleSearch;
import dev.newsbot.news.SourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
    return search(words, limit, null);
  }

  @Override
  public List<Article> search(List<String> words, int limit, Collection<SourceId> sources) {
    if (words.isEmpty() || (sources != null && sources.isEmpty())) {
      return List.of();
    }
    String match =
        words.stream()
            .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(" "));
    List<Object> params = new ArrayList<>();
    params.add(match);
    String among = "";
    if (sources != null) {
      among =
          " AND a.source_id IN ("
              + String.join(", ", Collections.nCopies(sources.size(), "?"))
              + ")";
      sources.forEach(s -> params.add(s.value()));
    }
    params.add(limit);
    String sql =
        "SELECT "
            + ArticleRows.COLUMNS
            + " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
            + " WHERE articles_fts MATCH ? AND a.source_id <> '"
            + SqlOutbox.NOTICE_SOURCE
            + "'"
            + among
            + " ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0),"
            + " COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?";
    return db.statement(c -> Sql.query(c, sql, ArticleRows::read, params.toArray()));
  }
}
