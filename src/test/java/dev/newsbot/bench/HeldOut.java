package dev.newsbot.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The held-out split of the evaluation sets: a page is held out when the SHA-1 of its set and file
 * name falls in the first {@value #PERCENT} of a hundred buckets. Rules are chosen on the other
 * pages (the tuning part) only; the held-out pages are scored, never read.
 */
final class HeldOut {
  static final int PERCENT = 30;

  private HeldOut() {}

  static boolean contains(String set, String name) {
    byte[] digest = sha1(set + "/" + name);
    long bucket =
        ((digest[0] & 0xffL) << 24
                | (digest[1] & 0xffL) << 16
                | (digest[2] & 0xffL) << 8
                | (digest[3] & 0xffL))
            % 100;
    return bucket < PERCENT;
  }

  private static byte[] sha1(String s) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-1", e);
    }
  }
}
