package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each chat's tasks in order, one at a time, and different chats' tasks side by side: a chat
 * that must wait for its rate slot holds up only itself.
 */
public final class ChatQueues {
  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

  private final Executor pool;
  private final Map<ChatId, Deque<Runnable>> queues = new HashMap<>();

  public ChatQueues(Executor pool) {
    this.pool = pool;
  }

  /** Runs {@code task} after the tasks of {@code chat} submitted before it. */
  public void submit(ChatId chat, Runnable task) {
    boolean start;
    synchronized (queues) {
      Deque<Runnable> queue = queues.get(chat);
      start = queue == null;
      if (start) {
        queue = new ArrayDeque<>();
        queues.put(chat, queue);
      }
      queue.addLast(task);
    }
    if (start) {
      pool.execute(() -> drain(chat));
    }
  }

  private void drain(ChatId chat) {
    while (true) {
      Runnable next;
      synchronized (queues) {
        Deque<Runnable> queue = queues.get(chat);
        next = queue.pollFirst();
        if (next == null) {
          queues.remove(chat);
          return;
        }
      }
      try {
        next.run();
      } catch (RuntimeException e) {
        log.error("A task for chat {} failed", chat, e);
      }
    }
  }
}
