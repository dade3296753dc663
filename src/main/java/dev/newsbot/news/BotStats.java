package dev.newsbot.news;

import java.time.Instant;
import java.util.List;

/** What the bot's operators see with /stats. */
public interface BotStats {
  /** One source's health. */
  record SourceHealth(
      String source, Instant lastSuccess, int failures, String lastError, boolean polled) {}

  /** The numbers of a moment. */
  record Figures(
      long activeChats,
      long inactiveChats,
      long articlesToday,
      long sendsToday,
      long pending,
      List<SourceHealth> sources) {}

  /** The figures now; "today" starts at {@code since}. */
  Figures figures(Instant since);
}
