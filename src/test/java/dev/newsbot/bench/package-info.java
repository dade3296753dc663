/**
 * Evaluation commands and benchmarks, run by hand with exec:java; their figures go into the README.
 */
package dev.newsbot.bench;
