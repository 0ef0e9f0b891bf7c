# syntax=docker/dockerfile:1.7
# The usual Go service: build in one stage, run in a distroless one.
ARG GO_VERSION=1.22
ARG REGISTRY="registry.example.com:5000"
ARG BASE_TAG

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-alpine AS Builder
WORKDIR /src
env CGO_ENABLED=0 GOFLAGS="-trimpath -mod=readonly"
ENV GOCACHE /root/.cache/go-build
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/root/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go mod download && \
    go build -o /out/app ./cmd/app
run <<EOF
set -e
echo "built $(date)" > /out/BUILD_INFO
EOF

FROM ${REGISTRY}/base/distroless:${BASE_TAG:-nonroot} AS runtime
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      maintainer=ops
COPY --from=builder --chown=65532:65532 /out/app /app
USER 65532:65532
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD ["/app", "healthcheck"]
ENTRYPOINT ["/app"]
CMD ["--help"]
