package dev.newsbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.news.Article;
import dev.newsbot.news.NewArticle;
import dev.newsbot.news.SourceId;
import dev.newsbot.testing.TestDb;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stores' contract, run on both engines (SqlArticleSearchOnSqliteTest,
 * SqlArticleSearchOnPostgresTest).
 */
abstract class SqlArticleSearchTest {
  @TempDir Path dir;
  TestDb store;
  private SqlArticleSearch search;
  private int n;

  /** The stores on this engine. */
  abstract TestDb open(Path dir, Clock clock);

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void setUp() {
    store = open(dir, Clock.systemUTC());
    search = new SqlArticleSearch(store.db);
  }

  void add(String title, String summary, String body, String published) {
    n++;
    store.articles.add(
        new NewArticle(
            new SourceId("ms"),
            "Mothership",
            URI.create("https://news.example.sg/" + n),
            "news.example.sg/" + n,
            "hash" + n,
            title,
            null,
            Instant.parse(published),
            "",
            null,
            "",
            body,
            summary),
        List.of());
  }

  List<String> titles(String... words) {
    return search.search(List.of(words), 5).stream().map(Article::title).toList();
  }

  @Test
  void findsAmongTheSourcesThatListAStoryAsOneOfThemListsIt() {
    add("Ferry to the islands", "A new route.", "Boats leave at noon.", "2026-11-01T00:00:00Z");
    long id = store.articles.latest(1).get(0).id();
    store.articles.alsoListedBy(new SourceId("asia"), "Asia News", id, List.of());

    List<Article> found = search.search(List.of("ferry"), 5, List.of(new SourceId("asia")));
    assertEquals(
        List.of("asia", "Asia News"),
        List.of(found.get(0).source().value(), found.get(0).sourceName()));
    assertEquals(
        List.of("ms"),
        search
            .search(List.of("ferry"), 5, List.of(new SourceId("asia"), new SourceId("ms")))
            .stream()
            .map(a -> a.source().value())
            .toList());
    assertEquals(List.of(), search.search(List.of("ferry"), 5, List.of(new SourceId("other"))));
  }

  @Test
  void ranksATitleMatchAboveOneInTheText() {
    add(
        "Hawker prices",
        "Food costs rise.",
        "A ferry passes by the hawker centre.",
        "2026-11-03T00:00:00Z");
    add("Ferry to the islands", "A new route.", "Boats leave at noon.", "2026-11-01T00:00:00Z");
    assertEquals(List.of("Ferry to the islands", "Hawker prices"), titles("ferry"));
  }

  @Test
  void needsEveryWordAndIgnoresCase() {
    add("Ferry to the islands", "A new route from Punggol.", "Boats.", "2026-11-01T00:00:00Z");
    add("Ferry fares", "Prices.", "Boats.", "2026-11-02T00:00:00Z");
    assertEquals(List.of("Ferry to the islands"), titles("FERRY", "punggol"));
  }

  @Test
  void putsTheNewerFirstAmongEquals() {
    add("Ferry news", "Same.", "Same.", "2026-11-01T00:00:00Z");
    add("Ferry news", "Same.", "Same.", "2026-11-05T00:00:00Z");
    List<Article> found = search.search(List.of("ferry"), 5);
    assertEquals(
        List.of(Instant.parse("2026-11-05T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")),
        found.stream().map(Article::published).toList());
  }

  @Test
  void readsSearchSyntaxAsPlainWords() {
    add("Ferry OR bus", "A NEAR B", "x", "2026-11-01T00:00:00Z");
    assertEquals(List.of("Ferry OR bus"), titles("or"));
    assertEquals(List.of(), titles("\"", "*"));
  }

  @Test
  void findsAChineseWordInsideTheTextItIsWrittenInto() {
    add("淡滨尼新巴士服务下月推出", "居民可以更快到达地铁站。", "新巴士服务每十分钟一班。", "2026-11-01T00:00:00Z");
    add("组屋区小贩中心重开", "四十二个摊位。", "居民说，巴士站就在旁边。", "2026-11-03T00:00:00Z");
    add("Tampines bus 巴士 route", "Buses.", "A route.", "2026-11-02T00:00:00Z");

    assertEquals(
        List.of("Tampines bus 巴士 route", "淡滨尼新巴士服务下月推出", "组屋区小贩中心重开"),
        titles("巴士"),
        "in the title first (newer first), then in the text, though newest");
    assertEquals(List.of("组屋区小贩中心重开"), titles("巴士站"));
    assertEquals(List.of("Tampines bus 巴士 route"), titles("巴士", "tampines"), "every word");
    assertEquals(List.of(), titles("地铁", "小贩"));
    assertEquals(List.of(), titles("100%巴士"), "a wildcard is a character like any other");
  }
}
