package dev.newsbot.schedule;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.PollResult;
import dev.newsbot.source.SourcePoller;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the source named in the job's data and logs the outcome; a source is never polled twice at
 * once.
 */
@DisallowConcurrentExecution
final class PollSourceJob implements Job {
  static final String SOURCE_ID = "sourceId";
  private static final Logger log = LoggerFactory.getLogger(PollSourceJob.class);

  private final SourcePoller poller;
  private final SourceCatalog sources;

  PollSourceJob(SourcePoller poller, SourceCatalog sources) {
    this.poller = poller;
    this.sources = sources;
  }

  @Override
  public void execute(JobExecutionContext context) {
    String id = context.getMergedJobDataMap().getString(SOURCE_ID);
    Source source = sources.find(new SourceId(id)).orElse(null);
    if (source == null) {
      // removed while its poll was due
      log.debug(
          "Source '{}' is gone; job {} has nothing to do", id, context.getJobDetail().getKey());
      return;
    }
    try {
      PollResult result = poller.poll(source);
      switch (result.outcome()) {
        case FAILED -> {
          // Said once in full when a source starts failing, then quietly until it changes.
          if (result.failures() <= 1) {
            log.warn(
                "Source '{}' cannot be read: {}; it is tried again at {}, and less often while it"
                    + " keeps failing (check the address in the config, and that this machine is"
                    + " online)",
                id,
                result.error(),
                result.nextTry());
          } else {
            log.debug(
                "Source '{}' failed again ({} in a row): {}; next try at {}",
                id,
                result.failures(),
                result.error(),
                result.nextTry());
          }
        }
        case CHECKED, NOT_MODIFIED -> {
          if (result.failures() > 0) {
            log.info("Source '{}' can be read again, after {} failed polls", id, result.failures());
          }
          int n = result.newArticles();
          if (result.firstRead() && n > 0) {
            log.info(
                "Source '{}': first read; stored the {} {} it lists, without pushing {}",
                id,
                n,
                n == 1 ? "article" : "articles",
                n == 1 ? "it" : "them");
          } else if (n > 0) {
            log.debug("Source '{}': {} new {}", id, n, n == 1 ? "article" : "articles");
          } else {
            log.debug("Source '{}': nothing new", id);
          }
        }
        case BACKING_OFF -> log.debug("Source '{}': backing off after failures", id);
      }
    } catch (VirtualMachineError e) {
      throw e; // out of memory or stack: the JVM may be unusable; not a failure of one source
    } catch (Throwable e) {
      // Quartz would only log it too; say which source, and keep the schedule running. The poll
      // itself catches what a source can cause; this is a bug such as a LinkageError.
      log.error("Polling source '{}' failed unexpectedly", id, e);
    }
  }
}
