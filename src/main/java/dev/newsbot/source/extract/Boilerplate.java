package dev.newsbot.source.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines that are the site talking about itself, not the story: promos, credits, ad labels, share
 * prompts.
 */
final class Boilerplate {
  private static final List<Pattern> LINES =
      List.of(
          // "Follow us on Telegram for the latest updates: https://t.me/..."
          Pattern.compile(
              "^(follow|join|like) us on (telegram|facebook|instagram|twitter|x|tiktok|whatsapp"
                  + "|youtube|linkedin|threads|google news)\\b.*"),
          // image credits: "Top image via ...", "Top photo adapted from ...", "Photos courtesy of
          // ..."
          Pattern.compile(
              "^(top |cover |header |featured |all |lead |main )?(image|photo|picture|screenshot"
                  + "|video)s? (\\w+ )?(via|from|by|courtesy|credit|source)\\b.*"),
          Pattern.compile("^(top|cover|featured) (image|photo|picture)s?\\b.*"),
          Pattern.compile("^(photo|image|photograph|picture|credit|source)s?\\s*:.{0,100}$"),
          Pattern.compile("^\\(?(photo|image|photograph)s? (by|via|courtesy of) .{0,80}\\)?$"),
          // podcast and newsletter promos
          Pattern.compile("^(follow and )?listen to our podcast.*"),
          Pattern.compile(
              "^(sign up|subscribe)( now)? (for|to) (our|the) .*(newsletter|updates|emails?).*"),
          Pattern.compile("^content that keeps .{1,40} going.*"),
          Pattern.compile(
              "^(advertisement|advertisements|advert|ad|sponsored|sponsored content"
                  + "|scroll to continue( with content)?|(story|article) continues below( advertisement)?"
                  + "|continue reading( below)?|skip advert(isement)?)$"),
          Pattern.compile(
              "^(related|related stories|related articles|related posts|related coverage"
                  + "|read also|also read|read more|more stories|more from .{1,40}|you may also like"
                  + "|you might also like|recommended( for you)?|further reading|most read|most popular)"
                  + "\\s*[:：]?.{0,150}$"),
          Pattern.compile("^share (this|the) (article|story|post|page)\\b.{0,40}$"),
          Pattern.compile(
              "^share (on|via) (facebook|twitter|x|whatsapp|email|linkedin|telegram).{0,40}$"),
          Pattern.compile(
              "^(leave a (comment|reply)|\\d+ comments?|comments|no comments( yet)?|add a comment"
                  + "|post a comment|show comments|view comments)\\.?$"),
          Pattern.compile("^(tags|tagged|filed under|topics|categories)\\s*:.{0,150}$"),
          Pattern.compile("^(copyright|©).{0,150}(all rights reserved)?\\.?$"),
          Pattern.compile("^all rights reserved\\.?$"));

  /** Long paragraphs are story text even when they open like a promo. */
  private static final int MAX_LENGTH = 200;

  private Boilerplate() {}

  static boolean isBoilerplate(String paragraph) {
    if (paragraph.length() > MAX_LENGTH) {
      return false;
    }
    String lower = paragraph.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("• ")) {
      lower = lower.substring(2);
    }
    for (Pattern p : LINES) {
      if (p.matcher(lower).matches()) {
        return true;
      }
    }
    return false;
  }
}
