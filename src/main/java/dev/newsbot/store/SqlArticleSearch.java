package dev.newsbot.store;

import dev.newsbot.news.Article;
import dev.newsbot.news.ArticleSearch;
import dev.newsbot.news.SourceId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Search with SQLite's FTS5 or PostgreSQL's tsvector, every word required, ranked with the title
 * weighing most, then the summary (BM25 in SQLite, ts_rank in PostgreSQL); newer articles first
 * among equals. Nothing a user types is query syntax: FTS5 gets each word quoted, PostgreSQL the
 * words as plain text. Words of scripts written without spaces are looked for inside the text.
 */
public final class SqlArticleSearch implements ArticleSearch {
  /** Broadcast notices are stored as articles, and are not found. */
  private static final String NOT_NOTICE = " AND a.source_id <> '" + SqlOutbox.NOTICE_SOURCE + "'";

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
    if (words.stream().anyMatch(SqlArticleSearch::isUnspaced)) {
      return withinText(words, limit, sources);
    }
    boolean postgres = db.dialect() == Database.Dialect.POSTGRESQL;
    List<Object> params = new ArrayList<>();
    params.add(postgres ? String.join(" ", words) : fts5Query(words));
    String among = "";
    if (sources != null) {
      among = " AND " + ArticleRows.listedByOneOf(sources.size());
      sources.forEach(s -> params.add(s.value()));
    }
    String newest = " COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?";
    String sql;
    if (postgres) {
      params.add(params.get(0));
      sql =
          "SELECT "
              + ArticleRows.COLUMNS
              + " FROM articles a WHERE a.search @@ plainto_tsquery('simple', ?)"
              + NOT_NOTICE
              + among
              + " ORDER BY ts_rank(a.search, plainto_tsquery('simple', ?)) DESC,"
              + newest;
    } else {
      sql =
          "SELECT "
              + ArticleRows.COLUMNS
              + " FROM articles_fts f JOIN articles a ON a.id = f.rowid"
              + " WHERE articles_fts MATCH ?"
              + NOT_NOTICE
              + among
              + " ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0),"
              + newest;
    }
    params.add(limit);
    return found(sql, params, sources);
  }

  /** The articles {@code sql} finds, each as one of {@code sources} lists it (null: as stored). */
  private List<Article> found(String sql, List<Object> params, Collection<SourceId> sources) {
    return db.statement(
        c -> {
          List<Article> found = Sql.query(c, sql, ArticleRows::read, params.toArray());
          return sources == null ? found : ArticleRows.asListedAmong(c, found, sources);
        });
  }

  /**
   * Search for words of a script written without spaces (Chinese, Japanese, Thai): both indexes
   * take a run of such characters for one word, so "巴士" would never find "新巴士服务". Each word is
   * looked for inside the title, summary and text instead, every word required; more words in the
   * title rank first, then the newest. A scan of the articles, not an index: a bot's store holds
   * thousands, not millions.
   */
  private List<Article> withinText(List<String> words, int limit, Collection<SourceId> sources) {
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1" + NOT_NOTICE);
    StringBuilder inTitle = new StringBuilder("0");
    List<Object> titleParams = new ArrayList<>();
    for (String word : words) {
      String pattern = "%" + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
      boolean cased = !word.equals(word.toUpperCase(Locale.ROOT));
      String title = like("a.title", cased);
      where
          .append(" AND (")
          .append(title)
          .append(" OR ")
          .append(like("a.summary", cased))
          .append(" OR ")
          .append(like("a.body", cased))
          .append(")");
      params.addAll(List.of(pattern, pattern, pattern));
      inTitle.append(" + CASE WHEN ").append(title).append(" THEN 1 ELSE 0 END");
      titleParams.add(pattern);
    }
    if (sources != null) {
      where.append(" AND ").append(ArticleRows.listedByOneOf(sources.size()));
      sources.forEach(s -> params.add(s.value()));
    }
    params.addAll(titleParams);
    params.add(limit);
    String sql =
        "SELECT "
            + ArticleRows.COLUMNS
            + " FROM articles a"
            + where
            + " ORDER BY "
            + inTitle
            + " DESC, COALESCE(a.published_at, a.discovered_at) DESC, a.id DESC LIMIT ?";
    return found(sql, params, sources);
  }

  /** A case-blind LIKE for a word with letters of a case (the word is lower-cased already). */
  private static String like(String column, boolean cased) {
    return (cased ? "LOWER(" + column + ")" : column) + " LIKE ? ESCAPE '!'";
  }

  /** Whether the word has characters of a script written without spaces between words. */
  private static boolean isUnspaced(String word) {
    return word.codePoints()
        .anyMatch(
            cp ->
                switch (Character.UnicodeScript.of(cp)) {
                  case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
                  default -> false;
                });
  }

  private static String fts5Query(List<String> words) {
    return words.stream()
        .map(w -> "\"" + w.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(" "));
  }
}
