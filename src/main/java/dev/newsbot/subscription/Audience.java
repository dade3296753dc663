package dev.newsbot.subscription;

import dev.newsbot.news.SourceId;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Who gets an article pushed: the active chats that follow its source, less those whose filters
 * turn it away. Filters look at whole words of the title and summary, case-insensitively; a word in
 * a script written without spaces (Chinese, Japanese, Thai) matches anywhere in the text.
 */
public final class Audience {
  private final SubscriptionStore subscriptions;
  private final FilterStore filters;
  private final SettingsStore settings;
  private final ZoneId defaultZone;

  /**
   * @param defaultZone the zone of chats that chose none, for their quiet hours
   */
  public Audience(
      SubscriptionStore subscriptions,
      FilterStore filters,
      SettingsStore settings,
      ZoneId defaultZone) {
    this.subscriptions = subscriptions;
    this.filters = filters;
    this.settings = settings;
    this.defaultZone = defaultZone;
  }

  /**
   * The chats that get an article of {@code source}, each with when: held for its digest, waiting
   * for the end of its quiet hours, or at once.
   */
  public List<Recipient> recipients(SourceId source, String title, String summary, Instant now) {
    List<ChatId> chats = of(source, title, summary);
    Map<ChatId, ChatSettings> byChat = settings.of(chats);
    List<Recipient> out = new ArrayList<>(chats.size());
    for (ChatId chat : chats) {
      ChatSettings s = byChat.getOrDefault(chat, ChatSettings.DEFAULT);
      if (s.digest()) {
        out.add(new Recipient(chat, null, true));
        continue;
      }
      Instant notBefore = null;
      if (s.quiet().isPresent()) {
        ZonedDateTime local = now.atZone(s.zone().orElse(defaultZone));
        if (s.quiet().get().contains(local.toLocalTime())) {
          notBefore = s.quiet().get().end(local).toInstant();
        }
      }
      out.add(new Recipient(chat, notBefore, false));
    }
    return out;
  }

  /** The chats that get an article of {@code source} with this title and summary. */
  public List<ChatId> of(SourceId source, String title, String summary) {
    List<ChatId> followers = subscriptions.followers(source);
    Map<ChatId, List<Filter>> byChat = filters.of(followers);
    if (byChat.isEmpty()) {
      return followers;
    }
    String text = title + "\n" + summary;
    Set<String> words = words(text);
    String lower = text.toLowerCase(Locale.ROOT);
    return followers.stream()
        .filter(chat -> accepts(byChat.getOrDefault(chat, List.of()), words, lower))
        .toList();
  }

  /** Whether filters let an article with these words through. */
  static boolean accepts(List<Filter> filters, Set<String> words, String lowerText) {
    boolean anyInclude = false;
    boolean included = false;
    for (Filter f : filters) {
      boolean mentioned = mentions(f.word(), words, lowerText);
      if (!f.include() && mentioned) {
        return false;
      }
      if (f.include()) {
        anyInclude = true;
        included |= mentioned;
      }
    }
    return !anyInclude || included;
  }

  private static boolean mentions(String word, Set<String> words, String lowerText) {
    return words.contains(word) || (unspaced(word) && lowerText.contains(word));
  }

  private static boolean unspaced(String word) {
    return word.codePoints()
        .anyMatch(
            cp -> {
              Character.UnicodeScript s = Character.UnicodeScript.of(cp);
              return s == Character.UnicodeScript.HAN
                  || s == Character.UnicodeScript.HIRAGANA
                  || s == Character.UnicodeScript.KATAKANA
                  || s == Character.UnicodeScript.THAI;
            });
  }

  /** The text's words, lower case, as filters spell them. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = Filter.WORD.matcher(text);
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
