package dev.newsbot.command;

import dev.newsbot.news.FullArticle;
import dev.newsbot.subscription.ChatId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages read for {@code /summary <link>}, kept a while so that their "Read here" button can
 * send them whole. Not stored: such pages are no source's articles. The oldest are forgotten first,
 * and all of them at a restart (the button then says the article is gone).
 */
final class LinkArticles {
  static final int KEEP = 200;

  private record Key(ChatId chat, long n) {}

  private final Map<Key, FullArticle> recent =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FullArticle> eldest) {
          return size() > KEEP;
        }
      };

  /** Numbers start from the clock, so that a button from before a restart names nothing now. */
  private long next = System.currentTimeMillis();

  /** Keeps {@code article} for {@code chat} and returns the number its button names. */
  synchronized long keep(ChatId chat, FullArticle article) {
    long n = next++;
    recent.put(new Key(chat, n), article);
    return n;
  }

  /** The page kept under {@code n} for this chat; another chat's number finds nothing. */
  synchronized Optional<FullArticle> find(ChatId chat, long n) {
    return Optional.ofNullable(recent.get(new Key(chat, n)));
  }
}
