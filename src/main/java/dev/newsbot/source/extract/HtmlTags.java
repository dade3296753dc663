package dev.newsbot.source.extract;

import java.util.Set;

/**
 * How extraction treats each HTML tag: as a block of text, as layout, or as something never read.
 */
final class HtmlTags {
  /** Elements whose content is never article text. */
  static final Set<String> NEVER_TEXT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "source",
          "track",
          "map",
          "button",
          "input",
          "select",
          "option",
          "textarea",
          "label",
          "dialog",
          "head",
          "meta",
          "link",
          "title",
          "math",
          "img",
          "area",
          "param");

  /** Elements that start a new line of text; everything else is read as inline. */
  static final Set<String> BLOCK =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "body",
          "center",
          "dd",
          "details",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "html",
          "li",
          "main",
          "menu",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul",
          "caption",
          "frameset",
          "noscript",
          "output");

  static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private HtmlTags() {}

  static boolean isBlock(String tag) {
    return BLOCK.contains(tag);
  }
}
