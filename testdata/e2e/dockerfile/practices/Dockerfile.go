# Go builders: layer order, build flags, tool versions and cgo.
FROM golang:1.23.3-bookworm AS build
WORKDIR /src
# want-next: PL-DF-033
COPY . .
RUN go mod download
# want-next: PL-DF-036
RUN go install github.com/a-h/templ/cmd/templ@latest && templ generate
RUN go install golang.org/x/tools/cmd/stringer@v0.26.0 && go generate ./...
RUN go vet ./... && go build ./...
# want-next: PL-DF-035
RUN go build -o /out/api ./cmd/api
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/worker ./cmd/worker

FROM golang:1.23.3-alpine3.20 AS build-alpine
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -trimpath -ldflags "-s -w" -o /out/cli ./cmd/cli

FROM scratch
# want-next: PL-DF-034
COPY --from=build /out/api /api
COPY --from=build-alpine /out/cli /cli
USER 65532:65532
ENTRYPOINT ["/api"]
