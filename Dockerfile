# syntax=docker/dockerfile:1
# Doran Chat as an image: built from the sources with JDK 25, run on a Java 25 runtime as a non-root user.
#
#   docker build -t doran-chat .
#   docker run -p 8080:8080 doran-chat                                   # the embedded default
#   docker run -p 8080:8080 -e SPRING_PROFILES_ACTIVE=scylla,redis ... doran-chat
#
# JAVA_OPTS holds the JVM flags (the README's recommendation: a fixed heap, committed at start); arguments after
# the image name go to the application (--server.port=9090, ...).

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -pl chat-bootstrap -am -DskipTests package

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 doran && useradd --system --uid 10001 --gid doran --no-create-home doran
WORKDIR /app
COPY --from=build /src/chat-bootstrap/target/doran-chat.jar /app/doran-chat.jar
USER doran:doran
EXPOSE 8080
ENV JAVA_OPTS="-Xms1g -Xmx1g -XX:+AlwaysPreTouch"
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/doran-chat.jar \"$@\"", "doran-chat"]
