/** Quartz: the scheduler, our job factory, and the thin job that polls one source. */
package dev.newsbot.schedule;
