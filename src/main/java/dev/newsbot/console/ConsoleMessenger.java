package dev.newsbot.console;

import dev.newsbot.delivery.Messenger;
import dev.newsbot.delivery.OutgoingMessage;
import dev.newsbot.delivery.SendResult;
import dev.newsbot.subscription.ChatId;
import java.io.PrintStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Prints messages as plain text, links written out, for the console's single chat. */
public final class ConsoleMessenger implements Messenger {
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
    synchronized (out) {
      out.println(text);
      out.println();
      out.flush();
    }
    return new SendResult.Sent();
  }

  /** Telegram HTML as a terminal shows it: tags dropped, entities decoded, links in brackets. */
  static String plainText(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element a : body.select("a[href]")) {
      a.after(new TextNode(" <" + a.attr("href") + ">"));
    }
    return body.wholeText().strip();
  }
}
