package dev.newsbot.source.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns a whole line is matched against, tried only when the line's first character can open a
 * match: most lines can open none of them, and trying fifty patterns one by one on every paragraph
 * cost more than the rest of the boilerplate test.
 *
 * <p>Which patterns a character can open is asked of the patterns themselves: matching the
 * character alone either succeeds or, when longer text might match, hits the end of the input
 * ({@link Matcher#hitEnd()}). The patterns that can are joined into one alternation, once per
 * character seen.
 */
final class LinePatterns {
  private final List<Pattern> patterns;
  private final Map<Character, Optional<Pattern>> byFirstChar = new ConcurrentHashMap<>();

  /**
   * The alternations by the patterns they join: characters of a kind (any letter {@code \W*} lets
   * through) share one, so a page in another script compiles nothing new.
   */
  private final Map<BitSet, Optional<Pattern>> byCandidates = new ConcurrentHashMap<>();

  private final Pattern all;

  LinePatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.all = join(this.patterns).orElseThrow();
  }

  /** Whether one of the patterns matches the whole line. */
  boolean matchesAny(String line) {
    Optional<Pattern> candidates =
        line.isEmpty()
            ? Optional.of(all)
            : byFirstChar.computeIfAbsent(line.charAt(0), this::opened);
    return candidates.isPresent() && candidates.get().matcher(line).matches();
  }

  private Optional<Pattern> opened(char first) {
    String alone = String.valueOf(first);
    BitSet candidates = new BitSet(patterns.size());
    for (int i = 0; i < patterns.size(); i++) {
      Matcher m = patterns.get(i).matcher(alone);
      if (m.matches() || m.hitEnd()) {
        candidates.set(i);
      }
    }
    return byCandidates.computeIfAbsent(
        candidates, set -> join(set.stream().mapToObj(patterns::get).toList()));
  }

  private static Optional<Pattern> join(List<Pattern> patterns) {
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder alternation = new StringBuilder();
    for (Pattern p : patterns) {
      if (p.flags() != 0) {
        throw new IllegalArgumentException("a line pattern with flags: " + p);
      }
      alternation.append(alternation.length() == 0 ? "" : "|").append("(?:").append(p).append(')');
    }
    return Optional.of(Pattern.compile(alternation.toString()));
  }
}
