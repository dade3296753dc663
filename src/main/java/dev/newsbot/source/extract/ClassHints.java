package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: article text, boilerplate, or nothing.
 *
 * <p>Each class or id name is split into words ({@code post-meta}, {@code relatedPosts}, {@code
 * addtoany_share_save_container}). Names follow a modifier-then-head habit, so when a name mixes
 * article and boilerplate words the last of them decides: {@code post-meta} and {@code
 * article-share} are boilerplate, {@code sidebar-content} is content. An element whose names
 * disagree with each other is neutral.
 */
final class ClassHints {
  enum Hint {
    CONTENT,
    NEUTRAL,
    BOILERPLATE
  }

  private static final Set<String> BOILERPLATE_WORDS =
      Set.of(
          "ad",
          "ads",
          "adv",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "adsbygoogle",
          "adslot",
          "adunit",
          "dfp",
          "gpt",
          "banner",
          "breadcrumb",
          "breadcrumbs",
          "byline",
          "bylines",
          "caption",
          "captions",
          "credit",
          "credits",
          "combx",
          "comment",
          "comments",
          "commentlist",
          "community",
          "cookie",
          "cookies",
          "consent",
          "disqus",
          "footer",
          "masthead",
          "menu",
          "meta",
          "modal",
          "nav",
          "navbar",
          "navigation",
          "newsletter",
          "newsletters",
          "outbrain",
          "pager",
          "pagination",
          "popup",
          "promo",
          "promos",
          "promoted",
          "promotion",
          "related",
          "share",
          "shares",
          "sharing",
          "sharebar",
          "shoutbox",
          "sidebar",
          "skyscraper",
          "social",
          "socials",
          "sponsor",
          "sponsored",
          "sharethis",
          "shareaholic",
          "subscribe",
          "subscription",
          "taboola",
          "tags",
          "tagcloud",
          "toolbar",
          "widget",
          "widgets",
          "recommended",
          "recommendations",
          "recirc",
          "trending",
          "popular",
          "overlay",
          "signup",
          "socialmedia",
          "share-buttons",
          "login",
          "rss",
          "feedback",
          "addtoany",
          "sharedaddy",
          "jp-relatedposts",
          "yarpp",
          "author",
          "authors",
          "bio",
          "header",
          "topbar",
          "skip",
          "print",
          "sr-only",
          "visually-hidden",
          "screen-reader-text",
          "tooltip",
          "dropdown",
          "comercial",
          "werbung",
          "mostread",
          "most-read",
          "morestories",
          "readmore",
          "read-more",
          "newsletter-signup",
          "paywall",
          "donate",
          "donation",
          "cta",
          "video-player",
          "player",
          "a2a",
          "pinterest",
          "facebook",
          "twitter",
          "whatsapp",
          "linkedin",
          "email",
          "follow",
          "crumbs",
          "timestamp",
          "dateline",
          "infobox",
          "toc",
          "gallery",
          "slideshow",
          "carousel",
          "slider",
          "lightbox");

  private static final Set<String> CONTENT_WORDS =
      Set.of(
          "article",
          "articlebody",
          "body",
          "content",
          "contents",
          "entry",
          "hentry",
          "main",
          "post",
          "story",
          "storybody",
          "prose",
          "blog",
          "richtext",
          "rich-text",
          "single",
          "paragraph",
          "paragraphs",
          "chapter",
          "markdown",
          "longform");

  private static final Set<String> COMMENT_WORDS =
      Set.of(
          "comment",
          "comments",
          "commentlist",
          "commentform",
          "commenting",
          "disqus",
          "respond",
          "replies",
          "discussion");

  /**
   * Names of this many words are slugs made from a heading ("example-1-amend-a-shared-change"), not
   * roles.
   */
  private static final int MAX_NAME_WORDS = 4;

  private static final Set<String> OTHER_STORIES_WORDS =
      Set.of(
          "related",
          "sidebar",
          "recirc",
          "trending",
          "popular",
          "mostread",
          "morestories",
          "widget",
          "widgets",
          "footer",
          "nav",
          "navigation",
          "menu",
          "promo",
          "outbrain",
          "taboola",
          "yarpp",
          "relatedposts",
          "recommended",
          "recommendations",
          "teaser",
          "teasers",
          "more",
          "next",
          "prev",
          "previous",
          "recent",
          "latest",
          "also",
          "feed");

  /** Words that name a wrapper, not what it wraps; skipped when finding a name's head word. */
  private static final Set<String> WRAPPER_WORDS =
      Set.of(
          "container",
          "wrapper",
          "wrap",
          "box",
          "block",
          "area",
          "section",
          "list",
          "links",
          "buttons",
          "button",
          "bar",
          "holder",
          "inner",
          "outer",
          "module",
          "unit",
          "slot",
          "items",
          "item",
          "group",
          "panel",
          "btn",
          "btns",
          "zone",
          "region",
          "top",
          "bottom",
          "left",
          "right",
          "save",
          "kit",
          "icons",
          "icon",
          "v2",
          "new",
          "primary",
          "secondary",
          "inline",
          "mobile",
          "desktop");

  private static final Set<String> BOILERPLATE_ROLES =
      Set.of(
          "navigation",
          "complementary",
          "banner",
          "contentinfo",
          "menu",
          "menubar",
          "dialog",
          "search",
          "alert",
          "alertdialog",
          "tablist",
          "toolbar");

  private ClassHints() {}

  static Hint of(Element el) {
    String role = el.attr("role").toLowerCase(Locale.ROOT);
    if (BOILERPLATE_ROLES.contains(role)) {
      return Hint.BOILERPLATE;
    }
    if (role.equals("main")
        || role.equals("article")
        || el.attr("itemprop").equals("articleBody")) {
      return Hint.CONTENT;
    }
    int content = 0;
    int boilerplate = 0;
    for (String name : names(el)) {
      switch (reading(name).hint()) {
        case CONTENT -> content++;
        case BOILERPLATE -> boilerplate++;
        default -> {}
      }
    }
    if (boilerplate > 0 && content == 0) {
      return Hint.BOILERPLATE;
    }
    return content > 0 && boilerplate == 0 ? Hint.CONTENT : Hint.NEUTRAL;
  }

  /**
   * Whether the names mention comments: those go even when they hold more text than the article.
   */
  static boolean isComments(Element el) {
    for (String name : names(el)) {
      if (reading(name).comments()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A comment word, or a name run together with "comment" ({@code commentbody}, {@code
   * commenttext}), but not "commentary", the name of opinion pieces.
   */
  private static boolean isCommentWord(String word) {
    return COMMENT_WORDS.contains(word) || isCommentCompound(word);
  }

  private static boolean isCommentCompound(String word) {
    return word.length() > "comments".length()
        && word.startsWith("comment")
        && !word.startsWith("commentar")
        && !word.startsWith("commentat");
  }

  /**
   * Whether the names say the block shows other stories (related, recommended, sidebar, comments),
   * whose dates and bylines are not this article's.
   */
  static boolean isOtherStories(Element el) {
    for (String name : names(el)) {
      if (reading(name).otherStories()) {
        return true;
      }
    }
    return false;
  }

  /** What one class or id name says; a pure function of the name. */
  private record Reading(String name, Hint hint, boolean comments, boolean otherStories) {
    static Reading of(String name) {
      boolean comments = false;
      boolean otherStories = false;
      for (String word : words(name)) {
        boolean comment = isCommentWord(word);
        comments |= comment;
        otherStories |= comment || OTHER_STORIES_WORDS.contains(word);
      }
      return new Reading(name, ofName(name), comments, otherStories);
    }
  }

  /**
   * Readings of recent names, by hash: a page repeats a few hundred names over thousands of
   * elements. A slot holds one immutable reading, so threads may overwrite each other's freely; the
   * fixed size bounds what a long-running bot keeps of names it has seen.
   */
  private static final Reading[] READINGS = new Reading[16384];

  private static final int MAX_CACHED_NAME = 64;

  private static Reading reading(String name) {
    if (name.length() > MAX_CACHED_NAME) {
      return Reading.of(name); // a page's junk must not stay in memory after it
    }
    int slot = name.hashCode() & (READINGS.length - 1);
    Reading cached = READINGS[slot];
    if (cached != null && cached.name().equals(name)) {
      return cached;
    }
    Reading fresh = Reading.of(name);
    READINGS[slot] = fresh;
    return fresh;
  }

  /** The element's id and its class names. */
  private static List<String> names(Element el) {
    List<String> names = new ArrayList<>(4);
    String id = el.id();
    if (!id.isEmpty()) {
      names.add(id);
    }
    String cls = el.className();
    int start = -1;
    for (int i = 0; i <= cls.length(); i++) {
      boolean space = i == cls.length() || isSpace(cls.charAt(i));
      if (space && start >= 0) {
        names.add(cls.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return names;
  }

  /** Regex {@code \\s}: what separates class names in the attribute. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  static Hint ofName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (BOILERPLATE_WORDS.contains(lower)) {
      return Hint.BOILERPLATE; // compound words kept whole in the list, like "sr-only"
    }
    Hint verdict = Hint.NEUTRAL;
    List<String> words = words(name);
    if (words.size() > MAX_NAME_WORDS) {
      return verdict;
    }
    for (String word : words) {
      if (WRAPPER_WORDS.contains(word)) {
        continue;
      }
      if (BOILERPLATE_WORDS.contains(word)
          || word.startsWith("advert")
          || word.startsWith("sponsor")) {
        verdict = Hint.BOILERPLATE;
      } else if (CONTENT_WORDS.contains(word)) {
        verdict = Hint.CONTENT;
      }
    }
    return verdict;
  }

  /**
   * Splits on non-letters and at camelCase humps, lower-cased: "relatedPosts_2" gives related,
   * posts.
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>(4);
    StringBuilder word = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
      } else {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev)) {
          flush(word, words);
        }
        word.append(Character.toLowerCase(c));
      }
      prev = c;
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }
}
