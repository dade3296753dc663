package dev.newsbot.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Whether a client is still connected to one of our loopback servers, as the kernel sees it. A real
 * server reads the client's close at once; the JDK server does not read the socket while a handler
 * waits (a long poll), so the fake asks Linux's socket table. Elsewhere every client looks
 * connected.
 */
final class ClientSockets {
  /** IPv4 sockets, and IPv6 ones (Java's sockets are dual-stack: 127.0.0.1 shows as ::ffff:...). */
  private static final List<Path> TABLES =
      List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

  private static final String ESTABLISHED = "01";

  private ClientSockets() {}

  /** Whether the connection from 127.0.0.1:{@code clientPort} to our {@code serverPort} is open. */
  static boolean open(int serverPort, int clientPort) {
    String local = port(serverPort);
    String remote = port(clientPort);
    for (Path table : TABLES) {
      List<String> lines;
      try {
        lines = Files.readAllLines(table);
      } catch (IOException e) {
        return true; // no socket table to ask: assume the client is there
      }
      for (String line : lines) {
        String[] f = line.trim().split("\\s+"); // sl, local, remote, state, ...
        if (f.length > 3 && f[1].endsWith(local) && f[2].endsWith(remote)) {
          return f[3].equals(ESTABLISHED);
        }
      }
    }
    return false; // gone from the tables: closed and reset
  }

  /** A port as the tables write it after an address: ":1F90". */
  private static String port(int port) {
    return ":" + String.format(Locale.ROOT, "%04X", port);
  }
}
