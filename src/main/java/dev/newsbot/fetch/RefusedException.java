package dev.newsbot.fetch;

import java.io.IOException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Thrown inside OkHttp when a fetch's guard refuses a hop; {@link #in(Throwable)} finds it again in
 * what OkHttp throws out (it wraps and adds suppressed exceptions).
 */
final class RefusedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final Refusal refusal;

  RefusedException(Refusal refusal, String message) {
    super(message);
    this.refusal = refusal;
  }

  Refusal refusal() {
    return refusal;
  }

  /** At DNS time OkHttp expects an {@link UnknownHostException}; this one says why. */
  static final class Host extends UnknownHostException {
    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    Host(Refusal refusal, String host) {
      super(host + " resolves only to addresses this fetch may not reach (" + refusal + ")");
      this.refusal = refusal;
    }
  }

  /** The refusal somewhere in {@code e}'s causes or suppressed exceptions, if any. */
  static Optional<Refusal> in(Throwable e) {
    return find(e, new HashSet<>());
  }

  private static Optional<Refusal> find(Throwable e, Set<Throwable> seen) {
    if (e == null || !seen.add(e)) {
      return Optional.empty();
    }
    if (e instanceof RefusedException r) {
      return Optional.of(r.refusal);
    }
    if (e instanceof Host h) {
      return Optional.of(h.refusal);
    }
    for (Throwable s : e.getSuppressed()) {
      Optional<Refusal> found = find(s, seen);
      if (found.isPresent()) {
        return found;
      }
    }
    return find(e.getCause(), seen);
  }
}
