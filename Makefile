# Wirewatch: `make run` runs the daemon on defaults, `make test` runs the tests.
# Both install what is missing first (libsystemd's headers), or say what to install.

SWIFT ?= swift
RELEASE_BIN := .build/release/wirewatch

.PHONY: run test build release deps clean

run: release
	@mkdir -p Drop Logs
	$(RELEASE_BIN) run --drop Drop --ledger Logs/ledger.jsonl

# The Swift tests, then the systemd unit: statically, and under a real systemd when root.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	bash Tests/Systemd/check-service.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product wirewatch

# libsystemd-dev gives sd_notify and sd_journal; pkg-config finds it.
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libsystemd; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing libsystemd-dev and pkg-config (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libsystemd-dev pkg-config >/dev/null; \
	  else \
	    echo "wirewatch needs libsystemd's headers to build. Install them with:" >&2; \
	    echo "    sudo apt-get install libsystemd-dev pkg-config" >&2; \
	    echo "then run this make command again." >&2; \
	    exit 1; \
	  fi; \
	fi

clean:
	rm -rf .build
