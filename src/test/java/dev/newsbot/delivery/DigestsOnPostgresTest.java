package dev.newsbot.delivery;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class DigestsOnPostgresTest extends DigestsTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return TestDb.postgres(clock);
  }
}
