# syntax=docker/dockerfile:1
# Roughcut's image: the same jar for API nodes and worker nodes; the command chooses the role
# (docker-compose.yml). Build: docker build -t roughcut .

FROM eclipse-temurin:21-jdk-noble AS build
WORKDIR /src
# Dependencies first, so a change to the code does not download them again.
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre-noble
# The bundled FFmpeg links these system libraries (ALSA, XCB and udev for devices Roughcut never opens);
# curl is for the health check.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libasound2t64 libxcb1 libxcb-shm0 libbsd0 libudev1 curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 --create-home --home-dir /var/lib/roughcut roughcut
COPY --from=build /src/target/roughcut.jar /opt/roughcut/roughcut.jar
USER roughcut
WORKDIR /var/lib/roughcut
# The JVM takes three quarters of the container's memory; FFmpeg runs beside it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Where the health check asks: the API's port, or a worker's management port (docker-compose.yml sets it).
ENV HEALTH_PORT=8080
EXPOSE 8080 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${HEALTH_PORT}/actuator/health" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/opt/roughcut/roughcut.jar"]
CMD ["serve", "--port", "8080", "--data", "/var/lib/roughcut/data"]
