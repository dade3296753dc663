package dev.newsbot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The packaging files say what the README promises (no Docker engine here to run them). */
class PackagingTest {
  @Test
  void theDockerfileBuildsWithTheWrapperAndRunsAsANonRootUserWithAHealthCheck() throws Exception {
    String docker = Files.readString(Path.of("Dockerfile"));
    assertTrue(docker.contains("./mvnw -q -B package"), "built with the wrapper");
    assertTrue(
        docker.matches("(?s).*FROM eclipse-temurin:17-jdk AS build.*FROM eclipse-temurin:17-jre.*"),
        "multi-stage, JRE to run");
    assertTrue(docker.contains("USER newsbot"), "not root");
    assertTrue(docker.contains("VOLUME /data") && docker.contains("NEWSBOT_DB=/data/newsbot.db"));
    assertTrue(docker.contains("HEALTHCHECK") && docker.contains("/healthz"));
    assertTrue(
        docker.contains("-Xmx128m") && docker.contains("-XX:+UseSerialGC"), "README's options");
    String compose = Files.readString(Path.of("docker-compose.yml"));
    assertTrue(compose.contains("env_file: .env") && compose.contains("/data"), compose);
  }

  @Test
  void theSystemdUnitRunsHardened() throws Exception {
    String unit = Files.readString(Path.of("config/newsbot.service"));
    for (String option :
        new String[] {
          "DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "TimeoutStopSec=10"
        }) {
      assertTrue(unit.contains(option), option);
    }
  }
}
