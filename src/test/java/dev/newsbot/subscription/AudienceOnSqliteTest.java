package dev.newsbot.subscription;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class AudienceOnSqliteTest extends AudienceTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return new TestDb(dir, clock);
  }
}
