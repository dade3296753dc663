package dev.newsbot.summary;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * Logs a backend's health by changes, not by calls: the first failure at WARN, the recovery at
 * INFO, and the failures in between only at DEBUG, so an outage costs two log lines, not one per
 * article.
 */
final class FailureLog {
  private final Logger log;
  private final String backend;
  private final AtomicBoolean failing = new AtomicBoolean();

  FailureLog(Logger log, String backend) {
    this.log = log;
    this.backend = backend;
  }

  void failed(String reason) {
    if (failing.compareAndSet(false, true)) {
      log.warn("{} failed, using extractive summaries until it recovers: {}", backend, reason);
    } else {
      log.debug("{} still failing: {}", backend, reason);
    }
  }

  void succeeded() {
    if (failing.compareAndSet(true, false)) {
      log.info("{} recovered, using its summaries again", backend);
    }
  }
}
