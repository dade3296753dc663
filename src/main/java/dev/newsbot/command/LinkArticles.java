package dev.newsbot.command;

import dev.newsbot.news.FullArticle;
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

  private final Map<Long, FullArticle> recent =
      new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, FullArticle> eldest) {
          return size() > KEEP;
        }
      };
  private long next = 1;

  /** Keeps {@code article} and returns the number its button names. */
  synchronized long keep(FullArticle article) {
    long n = next++;
    recent.put(n, article);
    return n;
  }

  synchronized Optional<FullArticle> find(long n) {
    return Optional.ofNullable(recent.get(n));
  }
}
