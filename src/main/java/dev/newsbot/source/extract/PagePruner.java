package dev.newsbot.source.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;

/**
 * Removes what is never the article before the main content is looked for: scripts and embeds,
 * hidden elements, page chrome ({@code nav}, {@code aside}, {@code footer}), and blocks whose class
 * or id names them as boilerplate (share bars, ads, related stories, comments).
 */
final class PagePruner {
  /**
   * Page chrome, pruned before the body is looked for. Not {@code header} and {@code footer}: an
   * article's own header holds its standfirst and lead, its footer a closing note, and the site's
   * are link-dense enough never to win the vote (pruning them cost a paragraph on 20 tuning pages);
   * cleaning still drops a footer inside the body.
   */
  private static final Set<String> CHROME = Set.of("nav", "aside", "menu");

  private static final Set<String> PROTECTED = Set.of("html", "body", "main", "article");

  /**
   * A boilerplate-looking element that holds this share of the page's text outside links is kept
   * anyway: some sites wrap the whole story in a container named after a sidebar layout or a share
   * bar.
   */
  private static final double KEEP_SHARE = 0.5;

  /** A run of paragraphs this long is a story, whatever its containers are called. */
  private static final int MIN_STORY_CHARS = 1000;

  /** A noscript this big is a copy of the story: "turn on JavaScript" notices are a few lines. */
  private static final int MIN_COPY_PARAGRAPHS = 2;

  private static final int MIN_COPY_CHARS = 500;

  private final List<Evaluator> removals;

  PagePruner(ExtractionRules rules) {
    this.removals = rules.removeEvaluators();
  }

  /** Prunes {@code root}; {@code captions} sees each element first, as pruning drops captions. */
  void prune(Element root, ImageCaptions captions) {
    for (Evaluator removal : removals) {
      Removals.removeAll(root.select(removal));
    }
    NeverText neverText = new NeverText(root, captions);
    Removals.filter(neverText, root);
    for (Element copy : neverText.storyCopies) {
      copy.unwrap();
    }
    TextStats stats = TextStats.measure(root);
    Removals.filter(new Chrome(stats, root, storyAncestors(root, stats)), root);
  }

  /**
   * The ancestors of the page's largest run of prose paragraphs (the element whose own {@code p}
   * children hold the most reading text), when that run is long enough to be a story. Names do not
   * remove these: a story shown in a layer named "modal" over a page of teasers is still the story.
   */
  private static Set<Element> storyAncestors(Element root, TextStats stats) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    Element best = null;
    int bestChars = 0;
    for (Element p : root.getElementsByTag("p")) {
      int chars = stats.of(p).proseChars;
      Element parent = p.parent();
      if (chars == 0 || parent == null) {
        continue;
      }
      int sum = prose.merge(parent, chars, Integer::sum);
      if (sum > bestChars) {
        best = parent;
        bestChars = sum;
      }
    }
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (bestChars < MIN_STORY_CHARS) {
      return out;
    }
    for (Element up = best; up != null; up = up.parent()) {
      out.add(up);
    }
    return out;
  }

  /**
   * Whether a {@code noscript} holds the story: some blog engines (Blogger) render the post from a
   * script template and give readers without scripts the same text in a {@code noscript} beside it.
   * Only a story-sized one ("this page needs JavaScript" notices are not) whose parent has no
   * paragraphs outside it, so no story is read twice.
   */
  private static boolean isStoryCopy(Element noscript, Element root) {
    Elements paragraphs = noscript.getElementsByTag("p");
    Element parent = noscript.parent();
    return paragraphs.size() >= MIN_COPY_PARAGRAPHS
        && parent != null
        && parent.getElementsByTag("p").size() == paragraphs.size()
        && noscript.text().length() >= MIN_COPY_CHARS
        && !shownElsewhere(root, paragraphs.first().text());
  }

  /** Whether the page's text holds {@code paragraph} twice: inside the noscript and beside it. */
  private static boolean shownElsewhere(Element root, String paragraph) {
    String all = root.text();
    int at = all.indexOf(paragraph);
    return at >= 0 && all.indexOf(paragraph, at + 1) >= 0;
  }

  /**
   * Drops scripts, styles, forms controls, embeds and comments; keeps the noscripts that hold the
   * story, to be unwrapped.
   */
  private static final class NeverText implements NodeFilter {
    private final Element root;
    private final ImageCaptions captions;
    final List<Element> storyCopies = new ArrayList<>(1);

    NeverText(Element root, ImageCaptions captions) {
      this.root = root;
      this.captions = captions;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Comment) {
        return FilterResult.REMOVE;
      }
      if (node instanceof Element el) {
        captions.see(el);
        String tag = el.normalName();
        if (tag.equals("noscript") && isStoryCopy(el, root)) {
          storyCopies.add(el);
          return FilterResult.CONTINUE;
        }
        if (HtmlTags.NEVER_TEXT.contains(tag) && !tag.equals("img") && !tag.equals("picture")) {
          return FilterResult.REMOVE;
        }
      }
      return FilterResult.CONTINUE;
    }
  }

  /**
   * Drops hidden elements, page chrome and boilerplate-named blocks, each with the size guard
   * above.
   */
  private static final class Chrome implements NodeFilter {
    private final TextStats stats;
    private final int pagePlainChars;
    private final int pageProseChars;
    private final Set<Element> story;

    Chrome(TextStats stats, Element root, Set<Element> story) {
      this.stats = stats;
      TextStats.Counts page = stats.of(root);
      this.pagePlainChars = plainChars(page);
      this.pageProseChars = page.proseChars;
      this.story = story;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element el) || PROTECTED.contains(el.normalName())) {
        return FilterResult.CONTINUE;
      }
      if (ClassHints.isComments(el) && !holdsMostText(el)) {
        return FilterResult.REMOVE;
      }
      boolean hidden = isHidden(el);
      if (hidden && isDialog(el) && storyBeside(el)) {
        return FilterResult.REMOVE; // a pop-up's text, however long, beside the page's own story
      }
      boolean drop =
          hidden
              || (!story.contains(el)
                  && (CHROME.contains(el.normalName())
                      || (ClassHints.of(el) == ClassHints.Hint.BOILERPLATE && !isInlineText(el))));
      if (drop && !holdsMostText(el)) {
        return FilterResult.REMOVE;
      }
      return FilterResult.CONTINUE;
    }

    /** Whether the page has a story's worth of paragraphs outside {@code el}. */
    private boolean storyBeside(Element el) {
      return pageProseChars - stats.of(el).proseChars >= MIN_STORY_CHARS;
    }

    private boolean holdsMostText(Element el) {
      return pagePlainChars > 0 && plainChars(stats.of(el)) >= KEEP_SHARE * pagePlainChars;
    }
  }

  /**
   * An inline element such as a link inside a heading keeps its text whatever it is named: a
   * heading's {@code <a class="toc-backref">} is the heading. Inline elements that wrap blocks are
   * containers.
   */
  static boolean isInlineText(Element el) {
    String tag = el.normalName();
    if (HtmlTags.isBlock(tag) || tag.indexOf('-') > 0) {
      return false; // custom elements (<share-bar>) are laid out as blocks
    }
    for (Element child : el.children()) {
      if (HtmlTags.isBlock(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  /** Text outside links: what a reader reads rather than clicks. */
  private static int plainChars(TextStats.Counts c) {
    return c.chars - c.linkChars;
  }

  /** A layer over the page: a dialog, such as a pop-up a plugin shows on a click or a timer. */
  private static boolean isDialog(Element el) {
    String role = el.attr("role");
    return role.equals("dialog")
        || role.equals("alertdialog")
        || el.attr("aria-modal").equals("true");
  }

  static boolean isHidden(Element el) {
    if (el.hasAttr("hidden") || el.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = el.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }
}
