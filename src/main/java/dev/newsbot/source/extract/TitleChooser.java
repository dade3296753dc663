package dev.newsbot.source.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the headline: the page's declared title (JSON-LD, Dublin Core, og:title, other meta), else
 * the {@code <title>}, else the first {@code h1}; strips a site-name suffix or prefix such as " |
 * The Daily Planet"; then prefers the headline as the page shows it when a visible heading is a
 * close match of the declared one (the same words in the page's own case and punctuation, the
 * declared title without a trailing part, or the full form of a declared title cut short with an
 * ellipsis), or when an {@code h1} repeats another of the declared titles (the og:title shown where
 * the JSON-LD headline is written for search engines).
 */
final class TitleChooser {
  /** Separators sites put between headline and site name. Hyphens need spaces around them. */
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-–—»·:/\\\\]{1,2}\\s+|\\s+::\\s+");

  /**
   * Separators that never occur inside a headline, so the part after the last is dropped unseen.
   */
  private static final Pattern STRONG = Pattern.compile("\\s+(?:\\||::|»|·)\\s+");

  /** A separator at the very start of what follows a headline: " - Part two", " | Site". */
  private static final Pattern LEADING_SEPARATOR =
      Pattern.compile("^\\s*(?:[|\\-–—»·:/\\\\]{1,2}|::)\\s+");

  /** A separator left at a title's start or end by a template with an empty part: "Site -". */
  private static final Pattern DANGLING =
      Pattern.compile("^\\s*[|\\-–—»·:/\\\\]+\\s+|\\s+[|\\-–—»·:/\\\\]+$");

  private static final Pattern ANCHOR_MARK = Pattern.compile("\\s*[¶§#🔗]+\\s*$");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words of four letters or more that any two English titles may share. */
  private static final Set<String> COMMON =
      Set.of(
          "with", "from", "that", "this", "your", "have", "will", "what", "when", "more", "about",
          "their", "into", "over", "after", "news", "than", "they", "been", "were");

  private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.\\.\\.|…)$");

  private TitleChooser() {}

  /**
   * Chooses the headline.
   *
   * @param h1s the texts of the page's first {@code h1} elements, in order
   * @param h2s the texts of its first {@code h2} elements, in order
   */
  static String choose(PageMetadata meta, List<String> h1s, List<String> h2s, URI url) {
    String site = meta.siteName();
    String host = url == null || url.getHost() == null ? "" : url.getHost();
    String title = "";
    for (String candidate : meta.titles()) {
      if (!namesOnlyTheSite(candidate, site, host)) {
        title = candidate; // a page whose og:title is just "Home" or the site name has it wrong
        break;
      }
    }
    if (title.isEmpty()) {
      title = fromDocumentTitle(meta.documentTitle(), h1s, h2s, site, host);
    }
    if ((title.isEmpty() || namesOnlyTheSite(title, site, host)) && !h1s.isEmpty()) {
      title = h1s.get(0);
    }
    String declared = stripSite(title, site, host);
    String documentTitle = meta.documentTitle();
    String shown = shownForm(declared, h1s, documentTitle);
    if (shown == null) {
      shown = otherDeclaredShown(meta, h1s, site, host);
    }
    if (shown == null) {
      shown =
          sameWords(
              declared,
              h2s,
              documentTitle); // pages whose h1 is the logo show the headline in an h2
    }
    if (shown == null) {
      shown = onlyHeading(declared, stripSite(documentTitle, site, host), h1s, site, host);
    }
    return DANGLING.matcher(shown != null ? shown : declared).replaceAll("");
  }

  /**
   * The page's one {@code h1} when no heading shows the declared title: the headline the page
   * shows, where the declared one was written for search engines or sharing ("About our newsroom -
   * Site" over "A newsroom run by its readers"). Null when the page has several different {@code
   * h1}s, or its one names the site, is too short (under three words, five CJK characters), shares
   * no word with the declared title or the {@code <title>} (a banner or a sign-up box), or holds
   * the declared title or is held in it (a section label or subtitle inside the heading: the
   * declared title is then the headline itself).
   */
  private static String onlyHeading(
      String declared, String documentTitle, List<String> h1s, String site, String host) {
    String only = null;
    for (String h1 : h1s) {
      String text = withoutAnchorMark(h1);
      if (text.isEmpty()) {
        continue;
      }
      if (only != null && !BlockFilter.comparable(only).equals(BlockFilter.comparable(text))) {
        return null;
      }
      only = text;
    }
    if (only == null
        || isTooShort(only)
        || namesOnlyTheSite(only, site, host)
        || isSite(only, site, host)
        || !(sharesWord(only, declared) || sharesWord(only, documentTitle))) {
      return null;
    }
    String h = BlockFilter.comparable(only);
    String d = BlockFilter.comparable(declared);
    return d.isEmpty() || h.contains(d) || d.contains(h) ? null : only;
  }

  /**
   * The {@code h1} that repeats one of the page's other declared titles or its {@code <title>},
   * without the site name: pages whose JSON-LD headline is written for search engines while the
   * og:title is the headline they show. Null when none does, or when the one that does names only
   * the site.
   */
  private static String otherDeclaredShown(
      PageMetadata meta, List<String> h1s, String site, String host) {
    List<String> declared = new ArrayList<>(meta.titles());
    declared.add(meta.documentTitle());
    for (String candidate : declared) {
      String shown = sameWords(stripSite(candidate, site, host), h1s, meta.documentTitle());
      if (shown != null && !namesOnlyTheSite(shown, site, host)) {
        return shown;
      }
    }
    return null;
  }

  /**
   * The visible heading that is a close match of the declared headline: the same words, or the
   * declared headline's first part before a separator ("Chapter 1: Prologue" of "Chapter 1:
   * Prologue - The Saga"), or the whole of a declared headline that ends in an ellipsis. Null when
   * no heading matches.
   */
  private static String shownForm(String declared, List<String> headings, String documentTitle) {
    String same = sameWords(declared, headings, documentTitle);
    if (same != null) {
      return same;
    }
    String want = BlockFilter.comparable(declared);
    Matcher ellipsis = ELLIPSIS.matcher(declared);
    String cut =
        ellipsis.find() ? BlockFilter.comparable(declared.substring(0, ellipsis.start())) : "";
    for (String heading : headings) {
      String h = BlockFilter.comparable(heading);
      if (h.length() < 8 || isShouted(heading, declared)) {
        continue;
      }
      if (!cut.isEmpty() && h.startsWith(cut) && h.length() > cut.length()) {
        return heading;
      }
      if (want.startsWith(h) && startsWithSeparator(declared, heading)) {
        return heading;
      }
    }
    return null;
  }

  /**
   * The heading with the declared headline's words in the page's own case and punctuation, or null.
   * Where the two spell the words differently, the {@code <title>} has the casting vote: the
   * declared spelling stays when the {@code <title>} repeats it and not the heading's.
   */
  private static String sameWords(String declared, List<String> headings, String documentTitle) {
    String want = BlockFilter.comparable(declared);
    if (want.isEmpty()) {
      return null;
    }
    for (String heading : headings) {
      String shown = withoutAnchorMark(heading);
      if (!BlockFilter.comparable(shown).equals(want) || isShouted(shown, declared)) {
        continue;
      }
      if (documentTitle.contains(declared) && !documentTitle.contains(shown)) {
        return declared;
      }
      return shown;
    }
    return null;
  }

  /**
   * Under three words; where Chinese or Japanese is written without spaces, under five characters
   * and spaced words together ("苹果 iPhone 17 评测" is long enough). Korean spaces its words.
   */
  private static boolean isTooShort(String heading) {
    long unspaced = heading.chars().filter(TitleChooser::isUnspaced).count();
    if (unspaced == 0) {
      return heading.split("\\s+").length < 3;
    }
    long spacedWords =
        Arrays.stream(heading.split("\\s+"))
            .filter(w -> !w.isEmpty() && w.chars().noneMatch(TitleChooser::isUnspaced))
            .count();
    return unspaced + spacedWords < 5;
  }

  /**
   * Whether two titles share a word of four or more letters, or two adjacent CJK characters (words
   * are not spaced there).
   */
  static boolean sharesWord(String a, String b) {
    Set<String> words = titleWords(a);
    words.retainAll(titleWords(b));
    return !words.isEmpty();
  }

  private static Set<String> titleWords(String title) {
    Set<String> words = new HashSet<>();
    for (String word : NON_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
      if (word.chars().anyMatch(TitleChooser::isUnspaced)) { // Chinese, Japanese: bigrams
        for (int i = 0; i + 2 <= word.length(); i++) {
          String pair = word.substring(i, i + 2);
          if (!pair.chars().allMatch(TitleChooser::isKana)) { // する, ます: grammar, not topic
            words.add(pair);
          }
        }
      } else if (word.length() >= 4 && !COMMON.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** A heading without the permalink mark some sites append ("Installation¶", "Usage #"). */
  private static String withoutAnchorMark(String heading) {
    return ANCHOR_MARK.matcher(heading).replaceFirst("").strip();
  }

  /** Whether the declared headline goes on, after the heading's words, with a separator. */
  private static boolean startsWithSeparator(String declared, String heading) {
    int seen = 0;
    int wanted = BlockFilter.comparable(heading).length();
    for (int i = 0; i < declared.length(); i++) {
      if (Character.isLetterOrDigit(declared.charAt(i))) {
        seen++;
        if (seen == wanted) {
          return LEADING_SEPARATOR.matcher(declared.substring(i + 1)).lookingAt();
        }
      }
    }
    return false;
  }

  /** An all-capitals heading over a mixed-case title is styling, not the headline's spelling. */
  private static boolean isShouted(String heading, String declared) {
    return heading.equals(heading.toUpperCase(Locale.ROOT))
        && !declared.equals(declared.toUpperCase(Locale.ROOT));
  }

  /**
   * Reads the headline out of a {@code <title>} such as "Headline | Site": when a heading repeats
   * one of its parts, the heading shows which part is the headline (the longest such part, since a
   * site-name logo may be a heading too; a part naming the site marks the others); a part after a
   * separator that never occurs in headlines is dropped when what remains is long enough to be one.
   */
  private static String fromDocumentTitle(
      String documentTitle, List<String> h1s, List<String> h2s, String site, String host) {
    List<String> parts = List.of(SEPARATOR.split(documentTitle));
    if (parts.size() >= 2) {
      List<String> headings = new ArrayList<>(h1s);
      headings.addAll(h2s);
      String shown = longestShownPart(parts, headings, site, host);
      if (shown != null) {
        return shown;
      }
      String last = BlockFilter.comparable(parts.get(parts.size() - 1));
      for (String heading : h1s) {
        if (BlockFilter.comparable(heading).equals(last)) { // a site-name h1 marks the other part
          return documentTitle
              .substring(0, documentTitle.lastIndexOf(parts.get(parts.size() - 1)))
              .strip()
              .replaceAll("\\s*[|\\-–—»·:/\\\\]+$", "")
              .strip();
        }
      }
    }
    Matcher strong = STRONG.matcher(documentTitle);
    int lastStart = -1;
    while (strong.find()) {
      lastStart = strong.start();
    }
    if (lastStart > 0) {
      String head = documentTitle.substring(0, lastStart).strip();
      if (!isTooShort(head)) {
        return head;
      }
    }
    return documentTitle;
  }

  /**
   * The longest part of a split {@code <title>} that a heading repeats, not counting the last part
   * when it is shorter than the first (a logo heading that repeats the site name), nor parts naming
   * the site.
   */
  private static String longestShownPart(
      List<String> parts, List<String> headings, String site, String host) {
    String best = null;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i).strip();
      String p = BlockFilter.comparable(part);
      if (p.isEmpty()
          || isSite(part, site, host)
          || (i == parts.size() - 1
              && i > 0
              && p.length() < BlockFilter.comparable(parts.get(0)).length())) {
        continue;
      }
      for (String heading : headings) {
        if (BlockFilter.comparable(heading).equals(p)
            && (best == null || part.length() > best.length())) {
          best = part;
        }
      }
    }
    return best;
  }

  static String stripSite(String title, String site, String host) {
    String whole = stripWholeSiteName(title, site);
    if (whole != null) {
      return whole;
    }
    List<String> parts = new ArrayList<>();
    List<String> separators = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(title);
    int last = 0;
    while (m.find()) {
      parts.add(title.substring(last, m.start()));
      separators.add(m.group());
      last = m.end();
    }
    parts.add(title.substring(last));
    if (parts.size() < 2) {
      return title.strip();
    }
    if (isSite(parts.get(parts.size() - 1), site, host)) {
      return join(parts.subList(0, parts.size() - 1), separators);
    }
    if (isSite(parts.get(0), site, host)) {
      return join(parts.subList(1, parts.size()), separators.subList(1, separators.size()));
    }
    return title.strip();
  }

  /**
   * The title without the whole site name at its end, after a separator, when the site name itself
   * holds a separator ("Headline - My Magazine - Art, Design and Travel"); null when it does not
   * end so.
   */
  private static String stripWholeSiteName(String title, String site) {
    if (site.isEmpty() || !SEPARATOR.matcher(site).find() || !title.endsWith(site)) {
      return null;
    }
    String head = title.substring(0, title.length() - site.length());
    Matcher m = Pattern.compile("(?:" + SEPARATOR.pattern() + ")$").matcher(head + " ");
    if (!m.find() || m.start() == 0) {
      return null;
    }
    return head.substring(0, m.start()).strip();
  }

  private static String join(List<String> parts, List<String> separators) {
    StringBuilder out = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out.append(separators.get(i - 1)).append(parts.get(i));
    }
    return out.toString().strip();
  }

  private static boolean namesOnlyTheSite(String title, String site, String host) {
    String t = letters(title);
    return t.equals("home")
        || t.equals("homepage")
        || (!letters(site).isEmpty() && t.equals(letters(site)))
        || (!letters(hostLabel(host)).isEmpty() && t.equals(letters(hostLabel(host))));
  }

  /**
   * Whether a title part names the site: its name, a part of the name, the name with a word or two
   * more ("The Guardian" for "Guardian"), or its host name without "www." and the TLD.
   */
  private static boolean isSite(String part, String site, String host) {
    String p = letters(part);
    if (p.isEmpty()) {
      return false;
    }
    String s = letters(site);
    if (!s.isEmpty()
        && (p.equals(s)
            || (p.length() >= 4 && s.contains(p))
            || (s.length() >= 4
                && p.contains(s)
                && p.length() - s.length() <= Math.max(4, s.length() / 2)))) {
      return true;
    }
    String h = letters(hostLabel(host));
    return h.length() >= 3 && (p.equals(h) || p.startsWith(h) && part.length() < 30);
  }

  /** A host name without "www." and everything after its first label: "nytimes". */
  static String hostLabel(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("www.")) {
      h = h.substring(4);
    }
    int dot = h.indexOf('.');
    return dot > 0 ? h.substring(0, dot) : h;
  }

  /** The letters and digits of a text, lower-cased. */
  static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Han or kana: Chinese and Japanese, written without spaces between words. Not Hangul. */
  private static boolean isUnspaced(int c) {
    return TextStats.weight((char) c) == TextStats.WIDE;
  }

  private static boolean isKana(int c) {
    return c >= 0x3040 && c <= 0x30ff;
  }
}
