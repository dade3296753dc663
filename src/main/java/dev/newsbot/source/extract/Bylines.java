package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns bylines into names: "By Jane Doe and John Roe" gives two names, "Posted by jdoe | 3 min
 * read" one.
 */
final class Bylines {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bdan\\b|\\||、|，)\\s*|\\s+/\\s+");

  /**
   * Who edited the piece, not who wrote it, up to the next separator: "Written by Jane Doe / Edited
   * by John Roe", the same on two lines, or "Edited by John Roe, written by Jane Doe".
   */
  private static final Pattern EDITOR = Pattern.compile("(?i)(?:^|\\s)edited\\s+by\\s+[^,;|/]*");

  /** Malay labels that take a colon: "Penulis:". */
  private static final String MALAY_LABELS = "penulis|wartawan|pemberita";

  /** Chinese labels that may stand without a colon: 记者李美华. */
  private static final String CHINESE_LABELS = "本报记者|本報記者|特约记者|特約記者|记者|記者|作者|撰文|采写|採寫";

  /** Chinese labels that need a colon or slash, as 文 also starts names: 文：李美华. */
  private static final String CHINESE_COLON_LABELS =
      "(?:文／图|文/图|文|图|圖|摄|攝|编辑|編輯|责任编辑|責任編輯)\\s*[：:／/|｜]";

  /**
   * The label before the names: "By", "von", Malay "Oleh" and "Penulis:", Chinese 作者/记者 (with or
   * without a colon) and 文/图/编辑 (only with one: 文 also starts names).
   */
  private static final Pattern LEAD =
      Pattern.compile(
          "^(?i)(?:(?:(?:written|posted|reported|words|text|story|photos?|ditulis|disediakan"
              + "|dilaporkan|(?:view\\s+)?(?:all\\s+|more\\s+)?(?:posts|articles|stories))\\s+)?"
              + "(?:by|von|par|por|oleh)[:\\s]+"
              + "|(?:"
              + MALAY_LABELS
              + "|reporter|author)\\s*[:：]\\s*"
              + "|(?:"
              + CHINESE_LABELS
              + ")\\s*[：:／/|｜]?\\s*"
              + "|"
              + CHINESE_COLON_LABELS
              + "\\s*)");

  /** Chinese bylines end with what the person did: "记者李美华报道", "张伟明摄". */
  private static final Pattern CHINESE_ROLE_END = Pattern.compile("(?<=\\p{IsHan})(?:报道|報道|摄|攝)$");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "admin",
          "staff",
          "editor",
          "editors",
          "unknown",
          "no author",
          "guest",
          "anonymous",
          "by",
          "and",
          "posted",
          "posted on",
          "written",
          "published",
          "published on");

  /** A separator left hanging at a name's end by a template: "Jane Doe -", "Jane Doe |". */
  private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[-–—|·:/]+$");

  /**
   * The full stop of a byline written as a sentence ("By Jane Doe. Edited by …"), not an initial's
   * or a title's or a firm's ("John Q.", "Martin Luther King Jr.", "Acme Inc.").
   */
  private static final Pattern FULL_STOP =
      Pattern.compile(
          "(?<!\\b(?:Jr|Sr|St|Dr|Mr|Ms|Mrs|Prof|Inc|Ltd|Co|Corp|Bros))(?<=\\p{L}\\p{L})\\.$");

  private static final int MAX_NAME = 60;

  private Bylines() {}

  static List<String> names(List<String> bylines) {
    Set<String> names = new LinkedHashSet<>();
    for (String byline : bylines) {
      String text =
          EDITOR
              .matcher(LEAD.matcher(Whitespace.collapse(byline)).replaceFirst(""))
              .replaceFirst("");
      for (String part : SEPARATORS.split(text)) {
        String name = clean(part);
        if (!name.isEmpty()) {
          names.add(name);
        }
      }
    }
    return new ArrayList<>(names);
  }

  /**
   * The names without one that names the site ("Jane Doe, CNN" on CNN), unless it is the only one:
   * a news agency's own byline names the agency.
   */
  static List<String> withoutSite(List<String> names, String site, String host) {
    if (names.size() < 2) {
      return names;
    }
    String siteKey = TitleChooser.letters(site);
    String hostKey = TitleChooser.letters(TitleChooser.hostLabel(host));
    List<String> people = new ArrayList<>();
    for (String name : names) {
      String key = TitleChooser.letters(name);
      if (key.isEmpty() || (!key.equals(siteKey) && !key.equals(hostKey))) {
        people.add(name);
      }
    }
    return people.isEmpty() ? names : people;
  }

  /**
   * Whether the names, read together, are the site's name or its host's: "Jobs & Hire" split into
   * two names on the site of that name.
   */
  static boolean namesOnlyTheSite(List<String> names, String site, String host) {
    String key = TitleChooser.letters(String.join("", names));
    return !key.isEmpty()
        && (key.equals(TitleChooser.letters(site))
            || key.equals(TitleChooser.letters(TitleChooser.hostLabel(host))));
  }

  /**
   * A Malay or Chinese byline label. Lines opening with one are bylines the way "By ..." lines are;
   * "Posted by" and "von" lines stay, as before, since the truths of the evaluation sets keep them.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?i)(?:oleh\\s|(?:"
              + MALAY_LABELS
              + ")\\s*[:：]|"
              + CHINESE_LABELS
              + "|"
              + CHINESE_COLON_LABELS
              + ")");

  /** Whether {@code line} opens with a Malay or Chinese byline label ("Oleh ", "作者："). */
  static boolean hasLabel(String line) {
    return LABEL.matcher(line.strip()).lookingAt();
  }

  private static String clean(String part) {
    String name =
        TRAILING_SEPARATOR
            .matcher(LEAD.matcher(part.strip()).replaceFirst(""))
            .replaceFirst("")
            .strip();
    name = CHINESE_ROLE_END.matcher(name).replaceFirst("").strip();
    name = FULL_STOP.matcher(name).replaceFirst("");
    if (name.isEmpty()
        || name.length() > MAX_NAME
        || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
      return "";
    }
    if (name.startsWith("http")
        || name.startsWith("@")
        || name.contains("@")
        || name.contains("www.")) {
      return "";
    }
    int digits = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Character.isDigit(name.charAt(i))) {
        digits++;
      }
    }
    return digits > 0 ? "" : name;
  }
}
