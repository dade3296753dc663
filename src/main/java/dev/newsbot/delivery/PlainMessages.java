package dev.newsbot.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs pieces of Telegram HTML into as few messages as fit, in order, each at most {@code max}
 * visible characters (UTF-16 code units after entities are parsed, as Telegram counts). A piece is
 * never split unless it cannot fit a message on its own; then it is split at a sentence or a word.
 */
final class PlainMessages {
  /** A paragraph or line of Telegram HTML and its visible length. */
  static final class Piece {
    private final String before;
    private final StringBuilder html = new StringBuilder();
    private int visible;

    private Piece(String before) {
      this.before = before;
    }

    /** An empty piece; {@code before} separates it from the one before it in a message. */
    static Piece start(String before) {
      return new Piece(before);
    }

    /** Text the reader sees; escaped here. */
    Piece text(String text) {
      html.append(MessageFormatter.escape(text));
      visible += text.length();
      return this;
    }

    /** Tags, already valid Telegram HTML; the reader sees none of it. */
    Piece markup(String tags) {
      html.append(tags);
      return this;
    }
  }

  private final int max;
  private final List<OutgoingMessage> messages = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int visible;

  PlainMessages(int max) {
    this.max = max;
  }

  /** Adds a piece that fits a message on its own. */
  void add(Piece piece) {
    if (piece.visible > max) {
      throw new IllegalArgumentException(
          "piece of " + piece.visible + " characters does not fit a message of " + max);
    }
    if (current.length() > 0 && visible + piece.before.length() + piece.visible > max) {
      flush();
    }
    if (current.length() > 0) {
      current.append(piece.before);
      visible += piece.before.length();
    }
    current.append(piece.html);
    visible += piece.visible;
  }

  /** Adds {@code text} between {@code open} and {@code close} tags, split if it is too long. */
  void paragraph(String before, String open, String text, String close) {
    String separator = before;
    for (String part : split(text, max)) {
      add(Piece.start(separator).markup(open).text(part).markup(close));
      separator = "\n\n";
    }
  }

  List<OutgoingMessage> messages() {
    flush();
    return List.copyOf(messages);
  }

  private void flush() {
    if (current.length() > 0) {
      messages.add(
          new OutgoingMessage(current.toString(), OutgoingMessage.Format.HTML, false, null));
      current.setLength(0);
      visible = 0;
    }
  }

  /** {@code text} in parts of at most {@code max}, cut after a sentence or else at a space. */
  static List<String> split(String text, int max) {
    List<String> parts = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = cutPoint(rest, max);
      parts.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      parts.add(rest);
    }
    return parts;
  }

  /**
   * Where to cut {@code s} (longer than {@code max}) so that the first part keeps at least half.
   */
  private static int cutPoint(String s, int max) {
    for (int i = max; i > max / 2; i--) {
      char c = s.charAt(i - 1);
      if ("。！？".indexOf(c) >= 0 || (".!?".indexOf(c) >= 0 && Character.isWhitespace(s.charAt(i)))) {
        return i;
      }
    }
    for (int i = max; i > max / 2; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max; // never split a pair
  }
}
