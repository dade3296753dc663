package dev.newsbot.subscription;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A chat's keyword filter: only articles that mention {@code word} ({@code include}), or never
 * those ({@code !include}). Words are matched whole and case-insensitively on title and summary.
 *
 * @param include true for {@code +word}, false for {@code -word}
 * @param word lower case, letters, digits and inner hyphens or apostrophes, at most {@value
 *     #MAX_LENGTH} characters
 */
public record Filter(boolean include, String word) {
  public static final int MAX_LENGTH = 40;

  /** Letters and digits of any script, with hyphens or apostrophes inside. */
  static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");

  public Filter {
    Objects.requireNonNull(word, "word == null");
    if (!WORD.matcher(word).matches() || word.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("not a filter word: '" + word + "'");
    }
    word = word.toLowerCase(Locale.ROOT);
  }

  /** {@code +word} or {@code -word}, as the chat typed it. */
  @Override
  public String toString() {
    return (include ? "+" : "-") + word;
  }
}
