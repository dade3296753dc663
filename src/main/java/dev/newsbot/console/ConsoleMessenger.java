package dev.newsbot.console;

import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.RichMessage;
import dev.newsbot.delivery.RichMessenger;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Prints messages as plain text, links written out, for the console's single chat. */
public final class ConsoleMessenger implements Messenger, RichMessenger {
  private final PrintStream out;

  public ConsoleMessenger(PrintStream out) {
    this.out = out;
  }

  @Override
  public SendResult send(ChatId chat, OutgoingMessage message) {
    String text =
        message.format() == OutgoingMessage.Format.HTML
            ? plainText(message.text())
            : message.text();
    if (message.photo() != null) {
      text = text + "\n[photo: " + message.photo() + "]";
    }
    print(text);
    return new SendResult.Sent();
  }

  @Override
  public SendResult sendRich(ChatId chat, RichMessage message) {
    print(richText(message));
    return new SendResult.Sent();
  }

  private void print(String text) {
    synchronized (out) {
      out.println(text);
      out.println();
      out.flush();
    }
  }

  /**
   * A rich message as a terminal shows it: blocks separated by blank lines, list items bulleted,
   * quotes marked, table rows a line each, links in brackets, images as their address over their
   * caption.
   */
  static String richText(RichMessage message) {
    Element body = Jsoup.parseBodyFragment(message.html()).body();
    writeOutLinks(body);
    List<String> blocks = new ArrayList<>();
    for (Element block : body.children()) {
      switch (block.normalName()) {
        case "ul", "ol" -> {
          List<String> items = new ArrayList<>();
          for (Element li : block.children()) {
            items.add("• " + li.text());
          }
          blocks.add(String.join("\n", items));
        }
        case "blockquote" -> blocks.add("> " + block.text());
        case "table" -> {
          List<String> rows = new ArrayList<>();
          for (Element tr : block.select("tr")) {
            rows.add(String.join(" | ", tr.children().eachText()));
          }
          blocks.add(String.join("\n", rows));
        }
        case "img" -> blocks.add("[photo: " + photo(message, block.attr("src")) + "]");
        case "figure" -> {
          Element img = block.selectFirst("img");
          Element caption = block.selectFirst("figcaption");
          String shown = img == null ? "" : "[photo: " + photo(message, img.attr("src")) + "]";
          blocks.add(caption == null ? shown : shown + "\n" + caption.text());
        }
        default -> blocks.add(block.text());
      }
    }
    return String.join("\n\n", blocks.stream().filter(b -> !b.isBlank()).toList());
  }

  private static String photo(RichMessage message, String src) {
    for (RichMessage.Photo p : message.photos()) {
      if (p.link().equals(src)) {
        return p.url().toString();
      }
    }
    return src;
  }

  private static void writeOutLinks(Element root) {
    for (Element a : root.select("a[href]")) {
      a.after(new TextNode(" <" + a.attr("href") + ">"));
    }
  }

  /** Telegram HTML as a terminal shows it: tags dropped, entities decoded, links in brackets. */
  static String plainText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    writeOutLinks(body);
    return body.wholeText().strip();
  }
}
