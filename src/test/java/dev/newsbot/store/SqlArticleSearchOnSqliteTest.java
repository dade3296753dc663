package dev.newsbot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlArticleSearchOnSqliteTest extends SqlArticleSearchTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return new TestDb(dir, clock);
  }

  @Test
  void findsArticlesStoredBeforeTheIndexExisted() {
    add("Ferry to the islands", "A new route.", "Boats.", "2026-11-01T00:00:00Z");
    store.db.statement(
        c -> Sql.update(c, "INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')"));
    assertEquals(List.of("Ferry to the islands"), titles("islands"));
  }
}
