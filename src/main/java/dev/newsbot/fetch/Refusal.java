package dev.newsbot.fetch;

/** Why a fetch for a chat user is refused before any request is made. */
public enum Refusal {
  /** The text is not a URL at all. */
  MALFORMED,
  /** A scheme other than http or https. */
  NOT_HTTP,
  /** A user name or password in the URL. */
  USER_INFO,
  /** A port other than 80 and 443, outside the ranges the operator allowed. */
  PORT,
  /** The host has no address. */
  UNKNOWN_HOST,
  /** This machine: 127.0.0.0/8, ::1. */
  LOOPBACK,
  /** A private network: 10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, fec0::/10. */
  PRIVATE,
  /** Link-local: 169.254/16 (where cloud metadata services answer), fe80::/10. */
  LINK_LOCAL,
  /** Multicast, broadcast, unspecified, documentation and other reserved ranges. */
  RESERVED
}
