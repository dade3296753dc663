package dev.newsbot.source.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Lines that are the site talking about itself, not the story: promos, credits, ad labels. */
final class Boilerplate {
  private static final List<Pattern> LINES =
      List.of(
          // "Follow us on Telegram for the latest updates: https://t.me/..."
          Pattern.compile("^follow us on (telegram|facebook|instagram|twitter|x|tiktok|whatsapp|youtube)\\b.*"),
          // image credits: "Top image via ...", "Top photo adapted from ...", "Photos courtesy of ..."
          Pattern.compile("^(top |cover |header |featured |all )?(image|photo|picture|screenshot)s?"
              + " (\\w+ )?(via|from|by|courtesy|credit|source)\\b.*"),
          Pattern.compile("^(top|cover|featured) (image|photo|picture)s?\\b.*"),
          // podcast and newsletter promos
          Pattern.compile("^(follow and )?listen to our podcast.*"),
          Pattern.compile("^(sign up|subscribe) (for|to) our .*newsletter.*"),
          Pattern.compile("^(advertisement|advertisements|sponsored|scroll to continue)$"),
          Pattern.compile("^(related|read also|also read|read more|more stories|you may also like)\\s*[:：].*"));

  /** Long paragraphs are story text even when they open like a promo. */
  private static final int MAX_LENGTH = 200;

  private Boilerplate() {}

  static boolean isBoilerplate(String paragraph) {
    if (paragraph.length() > MAX_LENGTH) {
      return false;
    }
    String lower = paragraph.strip().toLowerCase(java.util.Locale.ROOT);
    for (Pattern p : LINES) {
      if (p.matcher(lower).matches()) {
        return true;
      }
    }
    return false;
  }
}
