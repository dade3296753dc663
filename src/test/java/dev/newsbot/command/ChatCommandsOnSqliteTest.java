package dev.newsbot.command;

import dev.newsbot.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;

class ChatCommandsOnSqliteTest extends ChatCommandsTest {
  @Override
  TestDb open(Path dir, Clock clock) {
    return new TestDb(dir, clock);
  }
}
