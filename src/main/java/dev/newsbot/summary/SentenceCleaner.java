package dev.newsbot.summary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps boilerplate out of summaries: drops photo credits, captions, promotions, bylines and
 * timestamps that extraction left in the body, and strips datelines and caption asides from real
 * sentences. Patterns are English and Singapore-English news furniture; other text passes through.
 */
final class SentenceCleaner {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  // CREDIT, PROMO and TIMESTAMP are matched against the lower-cased sentence: case-insensitive
  // matching with Unicode case folding made cleaning the slowest step of summarising.

  /**
   * Photo and video credits and caption labels: "Photo: ...", "Top image via ...", "Pictured: ...".
   */
  private static final Pattern CREDIT =
      Pattern.compile(
          "^[\\s\\p{Pi}\\p{Ps}\"']*(?:(?:top|featured|cover|header|lead|main|file|all|hero)\\s+)?"
              + "(?:photo(?:graph)?|image|picture|pic|video|illustration|graphic|infographic|screenshot"
              + "|screengrab|footage|gif|collage|cover photo)s?(?:\\s+credits?)?"
              + "(?:\\s*[:：|]|\\s+(?:by|via|from|courtesy|source|credit|taken from|adapted from)\\b)"
              + "|^[\\s\\p{Pi}\\p{Ps}\"']*(?:source|credits?|courtesy|pictured|above|below|inset|left|right"
              + "|file photo)\\s*[:：]"
              + "|^(?:getty images|afp|reuters|ap photo|epa|shutterstock|istock)\\b[^.!?]{0,40}$");

  /** Furniture that opens a line: "Related: ...", "Read more ...", "Advertisement", "Tags: ...". */
  private static final Pattern PROMO_START =
      Pattern.compile(
          "(?:related(?: stories| articles)?|recommended|tags?|topics?|filed under)\\s*[:：]"
              + "|(?:advertisement|404|read more|also read|continue reading)\\b|scroll down for \\S+$");

  /**
   * Calls to action, and the text of error pages, cookie walls and paywalls. Tried only where a
   * word starts, which keeps this long alternation from being the slowest step of summarising.
   */
  private static final Pattern PROMO =
      Pattern.compile(
          "follow us on|follow @|(?:subscribe|sign up) (?:to|for) (?:our|my)\\b"
              + "|(?:subscribe|sign up) (?:now|here|today)|join (?:us on|our (?:telegram|whatsapp|mailing"
              + "|newsletter|community|channel))|download (?:our|the) \\S*\\s*app|click here|tap here"
              + "|read more (?:here|at|on)\\b|also read|share this (?:article|story|post)"
              + "|like us on|sponsored content|appeared first on|this (?:article|story) (?:first appeared|was (?:first"
              + "|originally) (?:published|posted))|for the latest (?:news|updates|stories)"
              + "|all rights reserved|copyright \\d{4}|content that keeps"
              + "|support (?:our|independent) journalism|got a (?:story|tip)"
              + "|send (?:us )?(?:your )?(?:tips|story ideas)|whatsapp channel|telegram channel|t\\.me/"
              + "|bit\\.ly/|page\\b[^.!?]{0,40}?\\b(?:not found|(?:can|could) ?not be found|does ?n[o']t exist"
              + "|no longer (?:exists|available))"
              + "|enable javascript|javascript is disabled|we use cookies|accept (?:all )?cookies"
              + "|cookie (?:policy|settings)|you have (?:reached|used) (?:your|all)"
              + "|(?:subscribe|log ?in|sign in) to (?:continue|read|keep reading|unlock)|access denied"
              + "|are you a robot|captcha|this content is (?:only )?available");

  /** "By Jane Tan", "Reporting by Ali Rahman; Editing by Kim Lee", "By . Daily Mail Reporter". */
  private static final Pattern BYLINE_START =
      Pattern.compile(
          "^(?:(?:written|reported|reporting|additional reporting|story|text|words|edited|editing)\\s+)?"
              + "by\\s*[.:]?\\s+(?=[\\p{Lu}.])",
          FLAGS);

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^(?:published|updated|last updated|first published|posted|modified|updated on|published on)"
              + "\\b.{0,60}\\d");

  /** "SINGAPORE — ", "LONDON (Reuters) - ", "WASHINGTON, March 3 (AP) — ", "(CNN) ". */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:\\p{Lu}[\\p{Lu}.][\\p{Lu}\\p{M} .'/-]{0,40}(?:,\\s*[\\p{L}.]+\\s+\\d{1,2})?\\s*(?:\\([^()]{1,30}\\))?"
              + "\\s*[-–—]{1,2}\\s+(?=\\P{Ll})"
              + "|\\((?:CNN|Reuters|AP|AFP|Bloomberg|Xinhua|Bernama|dpa|UPI)\\)\\s*(?:[-–—]{1,2}\\s*)?)");

  /** "Scroll down for video", glued to the next sentence when a page's line breaks were lost. */
  private static final Pattern SCROLL_PROMPT =
      Pattern.compile("^scroll down for (?:video|more|the video)\\s+(?=\\p{Lu})", FLAGS);

  /** Caption asides inside a sentence: "(pictured)", "(left)", "(Photo: Reuters)". */
  private static final Pattern CAPTION_ASIDE =
      Pattern.compile(
          "\\s*\\((?:pictured(?: [\\p{L} ]{1,20})?|left|right|centre|center|above|below|top|bottom"
              + "|inset|file photo|(?:photo|image|picture|video|credit|source)s?\\s*[:：][^()]{0,60})\\)",
          FLAGS);

  /** The mark a feed puts where it cut a teaser: "[…]", "[...]", "[&hellip;]". */
  private static final String BRACKETED_ELLIPSIS = "\\[\\s*(?:…|\\.{3}|&hellip;)\\s*\\]";

  /**
   * What a feed puts after a teaser it cut: "[…]", "[...]", "…", "Read more", "Continue reading →",
   * and WordPress's "The post X appeared first on Y." line, in any order at the end of the text.
   */
  private static final Pattern TEASER_ENDING =
      Pattern.compile(
          "(?:\\s*(?:"
              + BRACKETED_ELLIPSIS
              + "|…+|\\.{3,}|[»›→]+"
              + "|(?:read|view|see) (?:more|the (?:full|whole|rest of the) (?:story|article|post))"
              + "|continue reading|the post \\S.{0,300}? appeared first on \\S.{0,100}?))+\\s*$",
          FLAGS);

  /** Where a teaser ending is looked for: scanning a whole body for it made summarising slower. */
  private static final int TEASER_ENDING_CHARS = 600;

  /** A sentence that a feed cut and marked: "... the kitchen was [...]". */
  private static final Pattern CUT_SENTENCE = Pattern.compile(BRACKETED_ELLIPSIS + "\\W*$");

  /** Words a byline or a timestamp may hold besides names and numbers. */
  private static final Set<String> BYLINE_GLUE =
      Set.of(
          "and", "&", "of", "for", "the", "in", "at", "with", "de", "van", "von", "bin", "binte",
          "da");

  private static final Set<String> DATE_WORDS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "am",
          "pm",
          "a",
          "m",
          "p",
          "gmt",
          "utc",
          "sgt",
          "bst",
          "est",
          "edt",
          "pst",
          "pdt",
          "cet",
          "at",
          "on",
          "updated",
          "published",
          "posted",
          "h",
          "hrs");

  private final TermTokenizer tokenizer;

  SentenceCleaner(TermTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The sentence without dateline or caption asides, or "" when all of it is boilerplate. */
  String clean(String sentence) {
    if (isBoilerplate(sentence)) {
      return "";
    }
    String s = DATELINE.matcher(sentence).replaceFirst("");
    s = SCROLL_PROMPT.matcher(s).replaceFirst("");
    if (s.indexOf('(') >= 0) {
      s = CAPTION_ASIDE.matcher(s).replaceAll("");
    }
    return s.strip();
  }

  /**
   * {@code text} without the marks a feed leaves on a teaser it cut ("[…]", "…", "Read more", "The
   * post X appeared first on Y."); unchanged when it has none. What the mark followed may be an
   * unfinished sentence: callers keep only whole sentences of a text this shortened.
   */
  String withoutTeaserEnding(String text) {
    Matcher m = TEASER_ENDING.matcher(text);
    m.region(Math.max(0, text.length() - TEASER_ENDING_CHARS), text.length());
    return m.find() ? text.substring(0, m.start()).strip() : text;
  }

  private boolean isBoilerplate(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    if (CUT_SENTENCE.matcher(s).find()
        || CREDIT.matcher(lower).find()
        || PROMO_START.matcher(lower).lookingAt()
        || lower.indexOf('©') >= 0
        || hasPromoPhrase(lower)
        || TIMESTAMP.matcher(lower).find()) {
      return true;
    }
    List<String> words = tokenizer.terms(s);
    return isByline(s, words) || isDateOnly(words);
  }

  private static boolean hasPromoPhrase(String lower) {
    Matcher m = PROMO.matcher(lower);
    boolean inWord = false;
    for (int i = 0; i < lower.length(); i++) {
      boolean wordChar = Character.isLetterOrDigit(lower.charAt(i));
      if (wordChar && !inWord && m.region(i, lower.length()).lookingAt()) {
        return true;
      }
      inWord = wordChar;
    }
    return false;
  }

  /**
   * "By" followed only by capitalised names and glue words: not "By Monday, the fires were out."
   */
  private static boolean isByline(String s, List<String> words) {
    var m = BYLINE_START.matcher(s);
    if (!m.find() || words.size() > 16) {
      return false;
    }
    for (String raw : s.substring(m.end()).split("[\\s,;|/]+")) {
      String w = raw.replaceAll("[^\\p{L}\\p{N}&]", "");
      if (!w.isEmpty()
          && Character.isLowerCase(w.codePointAt(0))
          && !BYLINE_GLUE.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** "March 3, 2024, 5:00 PM" and the like: nothing but date words and numbers. */
  private static boolean isDateOnly(List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    for (String w : words) {
      if (!DATE_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        return false;
      }
    }
    return true;
  }
}
