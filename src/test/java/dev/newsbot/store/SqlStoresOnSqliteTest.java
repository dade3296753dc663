package dev.newsbot.store;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class SqlStoresOnSqliteTest extends SqlStoresTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return new TestDb(dir, clock);
  }
}
