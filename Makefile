# Wirewatch: `make run` runs the daemon on defaults, `make test` runs the tests.
# Both install what is missing first (libsystemd's headers), or say what to install.

SWIFT ?= swift
RELEASE_BIN := .build/release/wirewatch

.PHONY: run test build release stress load fuzz deps clean

run: release
	@mkdir -p Drop Logs
	$(RELEASE_BIN) run --drop Drop --ledger Logs/ledger.jsonl

# The Swift tests, the systemd unit (statically, and under a real systemd when root), and 30 s of fuzzing.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	bash Tests/Systemd/check-service.sh
	bash Tests/Fuzz/fuzz.sh 30

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product wirewatch

# 2,000 articles while the daemon is SIGKILLed 25 times; checks exactly-once. SEED=N reruns one.
stress: release
	$(SWIFT) build -c release --product wirewatch-harness
	.build/release/wirewatch-harness crash --articles 2000 --kills 25 $(if $(SEED),--seed $(SEED))

# Ten minutes of libFuzzer on the extraction core (FUZZ_SECONDS=N for another length).
fuzz:
	bash Tests/Fuzz/fuzz.sh $(or $(FUZZ_SECONDS),600)

# A 100,000-article burst (forces inotify overflow) and 1,000 timed single drops.
load: release
	$(SWIFT) build -c release --product wirewatch-harness
	.build/release/wirewatch-harness burst --articles 100000
	.build/release/wirewatch-harness latency --drops 1000

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
