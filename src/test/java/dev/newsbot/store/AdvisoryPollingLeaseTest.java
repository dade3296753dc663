package dev.newsbot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsbot.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two instances on one PostgreSQL schema: one holds the polling lease, the other waits. */
class AdvisoryPollingLeaseTest {
  private DatabaseAddress.Postgres schema;
  private Database db;

  @BeforeEach
  void open() {
    schema = TestPostgres.freshSchema();
    db = Database.openPostgres(schema);
  }

  @AfterEach
  void drop() {
    db.close();
    TestPostgres.drop(schema);
  }

  @Test
  void onlyOneInstanceHoldsTheLease() {
    try (var first = new AdvisoryPollingLease(db);
        var second = new AdvisoryPollingLease(db)) {
      assertTrue(first.tryAcquire());
      assertFalse(second.tryAcquire());
      assertTrue(first.tryAcquire(), "the holder keeps it");
      assertTrue(first.held());
      assertFalse(second.held());
    }
  }

  @Test
  void anotherInstanceTakesTheLeaseWhenItsHolderEnds() {
    try (var second = new AdvisoryPollingLease(db)) {
      var first = new AdvisoryPollingLease(db);
      assertTrue(first.tryAcquire());
      assertFalse(second.tryAcquire());
      first.close(); // a stopping instance frees it at once
      assertTrue(second.tryAcquire());
    }
  }

  @Test
  void botsInAnotherSchemaDoNotContend() {
    DatabaseAddress.Postgres other = TestPostgres.freshSchema();
    try (Database otherDb = Database.openPostgres(other);
        var here = new AdvisoryPollingLease(db);
        var there = new AdvisoryPollingLease(otherDb)) {
      assertTrue(here.tryAcquire());
      assertTrue(there.tryAcquire());
    } finally {
      TestPostgres.drop(other);
    }
  }
}
