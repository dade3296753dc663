/** Operations: the health endpoint and the Prometheus metrics, on a small HTTP server. */
package dev.newsbot.health;
