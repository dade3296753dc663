package dev.newsbot.subscription;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class AudienceOnPostgresTest extends AudienceTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return TestDb.postgres(clock);
  }
}
