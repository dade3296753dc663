package dev.newsbot.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes the digests that are due; runs every minute, never twice at once. */
@DisallowConcurrentExecution
final class DigestJob implements Job {
  private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

  private final Runnable digests;

  DigestJob(Runnable digests) {
    this.digests = digests;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      digests.run();
    } catch (RuntimeException e) {
      log.error("Making digests failed; trying again next minute", e);
    }
  }
}
