package dev.newsbot.schedule;

import dev.newsbot.news.Source;
import dev.newsbot.news.SourceCatalog;
import dev.newsbot.news.SourceId;
import dev.newsbot.source.SourcePoller;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.spi.JobFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every source of the catalog every interval with Quartz, each source in its own job, and
 * follows the catalog as chats add and remove sources.
 */
public final class PollScheduler implements AutoCloseable, SourceCatalog.Listener {
  private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);
  private static final String GROUP = "sources";
  private static final String DATA_SOURCE = "newsbot";

  private final Scheduler scheduler;
  private final SourceCatalog catalog;
  private final Duration interval;
  private final Duration digestCheck;
  private final SourcePoller poller;

  /**
   * @param digests makes the digests that are due; run every minute
   * @param cluster a PostgreSQL database shared by several instances: Quartz then keeps its jobs
   *     there, clustered, so that each poll and each digest run runs on one instance, and moves to
   *     another when its instance dies; empty: jobs in memory, one instance
   */
  public PollScheduler(
      SourcePoller poller,
      SourceCatalog catalog,
      Duration interval,
      int threads,
      Runnable digests,
      Duration digestCheck,
      Optional<DataSource> cluster)
      throws SchedulerException {
    this.digestCheck = digestCheck;
    this.poller = poller;
    this.catalog = catalog;
    this.interval = interval;
    Properties props = new Properties();
    props.setProperty("org.quartz.scheduler.instanceName", "newsbot");
    props.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    props.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
    props.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
    props.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
    if (cluster.isPresent()) {
      DBConnectionManager.getInstance()
          .addConnectionProvider(DATA_SOURCE, new PooledConnections(cluster.get()));
      props.setProperty("org.quartz.scheduler.instanceId", "AUTO");
      props.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
      props.setProperty(
          "org.quartz.jobStore.driverDelegateClass",
          "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
      props.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
      props.setProperty("org.quartz.jobStore.useProperties", "true");
      props.setProperty("org.quartz.jobStore.isClustered", "true");
      // An instance that has not checked in for this long (and a little more) is taken for dead,
      // and its jobs run elsewhere: well within 30 s.
      props.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
      props.setProperty("org.quartz.jobStore.misfireThreshold", "10000");
    } else {
      props.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    }
    this.scheduler = new StdSchedulerFactory(props).getScheduler();
    JobFactory factory =
        (bundle, s) -> {
          Class<?> type = bundle.getJobDetail().getJobClass();
          if (type == PollSourceJob.class) {
            return new PollSourceJob(poller, catalog);
          }
          if (type == DigestJob.class) {
            return new DigestJob(digests);
          }
          throw new SchedulerException("unknown job class " + type);
        };
    scheduler.setJobFactory(factory);
  }

  /**
   * Schedules every configured source and every chat's source some chat follows; a chat's source no
   * chat follows is not polled until one does. First polls are spread over a short window (50 ms a
   * source, at most one interval) so that thousands of sources are not all fetched in the same
   * second, and each cycle after keeps that spread; one source is polled at once.
   *
   * @param followed whether some chat follows a source
   */
  public void start(Predicate<SourceId> followed) throws SchedulerException {
    List<Source> sources = new ArrayList<>();
    for (Source s : catalog.all()) {
      boolean polled = s.origin() == Source.Origin.CONFIGURED || followed.test(s.id());
      if (!polled) {
        scheduler.deleteJob(jobKey(s.id())); // in a cluster, unfollowed while this one was down
        polled = followed.test(s.id()); // followed again meanwhile, through another instance
      }
      if (polled) {
        sources.add(s);
      }
    }
    long window = Math.min(interval.toMillis(), 50L * sources.size());
    long now = System.currentTimeMillis();
    for (int i = 0; i < sources.size(); i++) {
      long offset = sources.size() < 2 ? 0 : window * i / sources.size();
      schedule(sources.get(i).id(), now + offset);
    }
    catalog.listen(this);
    scheduler.scheduleJob(
        JobBuilder.newJob(DigestJob.class).withIdentity("digests", "chats").build(),
        Set.of(
            TriggerBuilder.newTrigger()
                .withIdentity("digests", "chats")
                .startNow()
                .withSchedule(
                    SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(digestCheck.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build()),
        true); // in a cluster, the instance that starts last sets the schedule
    scheduler.start();
  }

  private void schedule(SourceId id, long firstAt) throws SchedulerException {
    JobDetail job =
        JobBuilder.newJob(PollSourceJob.class)
            .withIdentity(id.value(), GROUP)
            .usingJobData(PollSourceJob.SOURCE_ID, id.value())
            .requestRecovery() // in a cluster, a poll cut short by its instance's death runs again
            .build();
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(id.value(), GROUP)
            .startAt(new Date(firstAt))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withIntervalInMilliseconds(interval.toMillis())
                    .repeatForever()
                    .withMisfireHandlingInstructionNextWithRemainingCount())
            .build();
    scheduler.scheduleJob(job, Set.of(trigger), true);
  }

  /** A chat added a source: its first poll is done already, so the next is one interval on. */
  @Override
  public void added(Source source) {
    try {
      schedule(source.id(), System.currentTimeMillis() + interval.toMillis());
    } catch (SchedulerException e) {
      log.error("Could not schedule polls of source '{}'", source.id(), e);
    }
  }

  /**
   * A chat follows a chat's source. If it was dormant (no job polls it, on any instance), its
   * backlog is stored without pushing at a poll soon.
   */
  @Override
  public void resumed(Source source) {
    try {
      if (scheduler.checkExists(jobKey(source.id()))) {
        return; // polled already
      }
      poller.forgetBacklog(source.id());
      schedule(source.id(), System.currentTimeMillis());
    } catch (SchedulerException e) {
      log.error("Could not schedule polls of source '{}'", source.id(), e);
    }
  }

  @Override
  public void removed(SourceId source) {
    try {
      scheduler.deleteJob(jobKey(source));
    } catch (SchedulerException e) {
      log.error("Could not stop polling source '{}'", source, e);
    }
  }

  private static JobKey jobKey(SourceId source) {
    return new JobKey(source.value(), GROUP);
  }

  /** Lends Quartz connections of the bot's own pool. */
  private record PooledConnections(DataSource pool) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return pool.getConnection();
    }

    @Override
    public void shutdown() {
      // the pool is the bot's, closed with the database
    }

    @Override
    public void initialize() {
      // nothing to set up
    }
  }

  /** Stops firing polls and waits for the polls in flight. */
  @Override
  public void close() throws SchedulerException {
    scheduler.shutdown(true);
  }
}
