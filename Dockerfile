# ospobot serve in a container: a static binary (pure Go, Matrix encryption through
# goolm), run as an unprivileged user, with its database in a volume.
#
#   docker build -t ospobot --build-arg VERSION=$(git describe --always) .
#   docker run -d --name ospobot -p 8080:8080 -v ospobot-data:/var/lib/ospobot \
#     -v $PWD/config.yaml:/etc/ospobot/config.yaml:ro --env-file ospobot.env ospobot
#
# See docs/serve.md.

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=dev
RUN CGO_ENABLED=0 go build -trimpath -tags goolm -ldflags "-s -w -X main.version=${VERSION}" -o /out/ospobot ./cmd/ospobot

# Alpine rather than an empty image: its wget answers the HEALTHCHECK.
FROM alpine:3.22
RUN adduser -D -H -u 10001 ospobot \
 && mkdir -p /var/lib/ospobot /etc/ospobot \
 && chown 10001:10001 /var/lib/ospobot \
 && chmod 0700 /var/lib/ospobot
COPY --from=build /out/ospobot /usr/local/bin/ospobot
# The example runs as it is (no chat platform until one is enabled); mount yours over it.
COPY config.example.yaml /etc/ospobot/config.yaml
USER 10001:10001
WORKDIR /var/lib/ospobot
VOLUME /var/lib/ospobot
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/ospobot"]
# --db keeps the database (and the control socket beside it) in the volume, whatever
# the mounted configuration says; --listen opens the port to the container's network.
CMD ["serve", "--config", "/etc/ospobot/config.yaml", "--db", "/var/lib/ospobot/ospobot.db", "--listen", "0.0.0.0:8080"]
