package dev.newsbot.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hash of an article's words, blind to case, punctuation and spacing, so that the same story
 * published under two addresses is stored once.
 */
public final class ContentFingerprint {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Shorter texts (a teaser, a one-line stub) are too alike across stories to compare. */
  private static final int MIN_WORDS = 40;

  private ContentFingerprint() {}

  /** The fingerprint of {@code text}, or null when it is too short to tell stories apart. */
  public static String of(String text) {
    StringBuilder words = new StringBuilder(text.length());
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int count = 0;
    while (m.find()) {
      words.append(m.group()).append(' ');
      count++;
    }
    if (count < MIN_WORDS) {
      return null;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(words.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
