# NewsBot: build with the Maven wrapper, run on a JRE as a non-root user.
#   docker build -t newsbot .
#   docker run --env-file .env -v newsbot-data:/data -p 127.0.0.1:8080:8080 newsbot

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -q -B dependency:go-offline
COPY src src
RUN ./mvnw -q -B package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app newsbot \
    && mkdir -p /app/config /data && chown newsbot /data
WORKDIR /app
COPY --from=build /src/target/newsbot.jar /app/newsbot.jar
COPY config/newsbot.yml /app/config/newsbot.yml
USER newsbot
VOLUME /data
ENV NEWSBOT_DB=/data/newsbot.db \
    NEWSBOT_CONFIG=/app/config/newsbot.yml \
    NEWSBOT_HTTP_PORT=8080 \
    NEWSBOT_HTTP_BIND=0.0.0.0
EXPOSE 8080
# bash's /dev/tcp asks /healthz: the JRE image need not carry curl or wget
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /healthz HTTP/1.0\\r\\n\\r\\n' >&3 && head -1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-Xmx128m", "-XX:+UseSerialGC", "-jar", "/app/newsbot.jar"]
