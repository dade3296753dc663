package dev.newsbot.fetch;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Fetches links that chat users hand in: within the per-chat and bot-wide limits, through the user
 * URL policy, off the caller's thread. A refused link makes no request at all.
 */
public final class UserLinks {
  /** What became of one link. */
  public sealed interface Outcome {
    /** The page, as fetched. */
    record Fetched(FetchResult.Fetched page) implements Outcome {}

    /** The policy refused the link (before any request, or on a hop of its fetch). */
    record Refused(Refusal why) implements Outcome {}

    /** Over a limit: try again in a minute. */
    record Throttled(boolean botWide) implements Outcome {}

    /** The fetch failed: the server's status, the network, robots.txt. */
    record Failed(FetchException error) implements Outcome {}
  }

  private final HttpFetcher fetcher;
  private final UserUrlPolicy policy;
  private final UserFetchLimits limits;
  private final Executor executor;

  /**
   * @param executor where fetches run; {@code limits} bounds how many run at once
   */
  public UserLinks(
      HttpFetcher fetcher, UserUrlPolicy policy, UserFetchLimits limits, Executor executor) {
    this.fetcher = fetcher;
    this.policy = policy;
    this.limits = limits;
    this.executor = executor;
  }

  /** Fetches {@code link} for {@code chat}; the limits are checked at once, the rest later. */
  public CompletableFuture<Outcome> fetch(long chat, String link) {
    return fetch(chat, link, outcome -> outcome);
  }

  /**
   * Fetches {@code link} for {@code chat} and goes on with {@code then} while still holding the
   * fetch's place in the limits, so that work which fetches more (finding a feed) counts too.
   */
  public <T> CompletableFuture<T> fetch(long chat, String link, Function<Outcome, T> then) {
    UserFetchLimits.Admission admission = limits.admit(chat);
    if (!(admission instanceof UserFetchLimits.Admission.Admitted admitted)) {
      return CompletableFuture.completedFuture(
          then.apply(
              new Outcome.Throttled(admission instanceof UserFetchLimits.Admission.BotBusy)));
    }
    try {
      return CompletableFuture.supplyAsync(
          () -> {
            try (UserFetchLimits.Permit permit = admitted.permit()) {
              return then.apply(fetchNow(link));
            }
          },
          executor);
    } catch (RuntimeException e) {
      admitted.permit().close(); // the executor refused the task (shutting down)
      throw e;
    }
  }

  private Outcome fetchNow(String link) {
    try {
      UserUrlPolicy.Verdict verdict = policy.check(link);
      if (verdict instanceof UserUrlPolicy.Verdict.Refused refused) {
        return new Outcome.Refused(refused.why());
      }
      URI url = ((UserUrlPolicy.Verdict.Allowed) verdict).url();
      FetchResult result = fetcher.get(url, Validators.NONE, policy.fetchPolicy());
      // without validators a server has no reason to answer 304; treat it as an empty page
      return result instanceof FetchResult.Fetched page
          ? new Outcome.Fetched(page)
          : new Outcome.Failed(new FetchException(url, 304, "HTTP 304 to a plain request"));
    } catch (FetchException e) {
      return e.refusal().<Outcome>map(Outcome.Refused::new).orElse(new Outcome.Failed(e));
    }
  }
}
