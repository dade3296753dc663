package dev.newsbot.schedule;

import dev.newsbot.news.Source;
import dev.newsbot.source.SourcePoller;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;

/** Polls every source every interval with Quartz, each source in its own job. */
public final class PollScheduler implements AutoCloseable {
  private final Scheduler scheduler;
  private final List<Source> sources;
  private final Duration interval;

  public PollScheduler(SourcePoller poller, List<Source> sources, Duration interval, int threads)
      throws SchedulerException {
    this.sources = List.copyOf(sources);
    this.interval = interval;
    Map<String, Source> byId = new LinkedHashMap<>();
    sources.forEach(s -> byId.put(s.id().value(), s));
    Properties props = new Properties();
    props.setProperty("org.quartz.scheduler.instanceName", "newsbot");
    props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    props.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    props.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    this.scheduler = new StdSchedulerFactory(props).getScheduler();
    JobFactory factory =
        (bundle, s) -> {
          if (bundle.getJobDetail().getJobClass() != PollSourceJob.class) {
            throw new SchedulerException(
                "unknown job class " + bundle.getJobDetail().getJobClass());
          }
          return new PollSourceJob(poller, byId);
        };
    scheduler.setJobFactory(factory);
  }

  /**
   * Schedules every source. First polls are spread over a short window (50 ms a source, at most one
   * interval) so that thousands of sources are not all fetched in the same second, and each cycle
   * after keeps that spread; one source is polled at once.
   */
  public void start() throws SchedulerException {
    long window = Math.min(interval.toMillis(), 50L * sources.size());
    long now = System.currentTimeMillis();
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      long offset = sources.size() < 2 ? 0 : window * i / sources.size();
      JobDetail job =
          JobBuilder.newJob(PollSourceJob.class)
              .withIdentity(source.id().value(), "sources")
              .usingJobData(PollSourceJob.SOURCE_ID, source.id().value())
              .build();
      Trigger trigger =
          TriggerBuilder.newTrigger()
              .withIdentity(source.id().value(), "sources")
              .startAt(new java.util.Date(now + offset))
              .withSchedule(
                  SimpleScheduleBuilder.simpleSchedule()
                      .withIntervalInMilliseconds(interval.toMillis())
                      .repeatForever()
                      .withMisfireHandlingInstructionNextWithRemainingCount())
              .build();
      scheduler.scheduleJob(job, trigger);
    }
    scheduler.start();
  }

  /** Stops firing polls and waits for the polls in flight. */
  @Override
  public void close() throws SchedulerException {
    scheduler.shutdown(true);
  }
}
