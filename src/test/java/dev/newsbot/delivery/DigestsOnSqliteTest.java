package dev.newsbot.delivery;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class DigestsOnSqliteTest extends DigestsTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return new TestDb(dir, clock);
  }
}
