package dev.newsbot.console;

import dev.newsbot.command.ChatCommands;
import dev.newsbot.delivery.Messenger;
import dev.newsbot.subscription.ChatId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads commands from standard input, one per line, and prints the replies. */
public final class ConsoleChat implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ConsoleChat.class);

  private final InputStream in;
  private final ChatCommands commands;
  private final Messenger messenger;
  private final Thread thread;

  public ConsoleChat(InputStream in, ChatCommands commands, Messenger messenger) {
    this.in = in;
    this.commands = commands;
    this.messenger = messenger;
    this.thread = new Thread(this::run, "console-input");
    // Reading standard input cannot be interrupted; a daemon thread does not hold the JVM open.
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  private void run() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String command = line;
        try {
          commands
              .handle(ChatId.CONSOLE, 0, command, null, null)
              .whenComplete(
                  (reply, error) -> {
                    if (error != null) {
                      log.error("Command '{}' failed", command, error);
                    } else {
                      reply.ifPresent(r -> messenger.send(ChatId.CONSOLE, r));
                    }
                  });
        } catch (RuntimeException e) {
          log.error("Command '{}' failed", command, e);
        }
      }
      log.info("Standard input closed; the bot keeps running until it is stopped (Ctrl-C)");
    } catch (IOException e) {
      log.warn("Cannot read standard input: {}", e.getMessage());
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
