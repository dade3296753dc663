package dev.newsbot.fetch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness per host: one request at a time, and a minimum gap between the end of one request and
 * the start of the next.
 */
final class HostGate {
  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextStartNanos;
  }

  /** Held while a request to the host runs; closing it starts the gap. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  private final Map<String, Slot> slots = new ConcurrentHashMap<>();

  /** Waits for the host to be free and its gap to pass. */
  Permit enter(String host, long gapNanos) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(host, h -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      long wait = slot.nextStartNanos - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      slot.lock.unlock();
      throw e;
    }
    return () -> {
      slot.nextStartNanos = System.nanoTime() + gapNanos;
      slot.lock.unlock();
    };
  }
}
