# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README: `make run` and `make test`. Both install the
# Debian packages that are missing (idempotent), configure and build first.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
PACKAGES := cmake g++ make ninja-build pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev \
            libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libicu-dev libgumbo-dev libsqlite3-dev libssl-dev libjemalloc-dev python3 \
            qt6-translations-l10n
# Only for `make screenshots`: without a CJK font every Chinese character is an empty box.
SCREENSHOT_PACKAGES := fonts-wqy-microhei
# For `make test-sanitize` and `make fuzz`: clang 14 and its sanitizer and libFuzzer runtimes.
SANITIZER_PACKAGES := clang libclang-rt-14-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APP := $(BUILD_DIR)/app/govinfo-review

.PHONY: deps configure build test test-sanitize fuzz run screenshots clean

# Installs those of $(1) that are missing; nothing when all are there.
define install_missing
	@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing missing packages:" $$missing; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(PACKAGES))

configure: deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

build: configure
	cmake --build $(BUILD_DIR) -j$$(nproc)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$$(nproc)

# The whole suite again, built by clang with AddressSanitizer (leaks included)
# and UndefinedBehaviorSanitizer, in its own build directory. Any finding
# fails the test that triggered it. The fuzzer's build has the same flags
# (fuzzer-no-link only adds coverage counters): CI builds one directory for both.
SANITIZE_BUILD_DIR ?= build-asan
SANITIZE_FLAGS := -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer
define sanitize_configure
	@[ -f $(1)/build.ninja ] || CC=clang CXX=clang++ cmake -S . -B $(1) -G Ninja \
		-DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DGOVINFO_FUZZ=ON "-DCMAKE_CXX_FLAGS=$(SANITIZE_FLAGS)"
endef
SANITIZE_ENV := ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/sanitizers/lsan.supp:print_suppressions=0 \
	UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

test-sanitize: deps
	$(call install_missing,$(SANITIZER_PACKAGES))
	$(call sanitize_configure,$(SANITIZE_BUILD_DIR))
	cmake --build $(SANITIZE_BUILD_DIR) -j$$(nproc)
	cd $(SANITIZE_BUILD_DIR) && $(SANITIZE_ENV) QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j$$(nproc)

# The parser's libFuzzer target (tests/fuzz) with ASan and UBSan, run for
# FUZZ_SECONDS on the report files of tests/data and on what earlier runs
# found (FUZZ_BUILD_DIR/corpus). A crash, leak, hang or sanitizer finding
# stops it with an error and leaves the input in FUZZ_BUILD_DIR/artifacts/:
# fix it, then keep the input in tests/data/fuzz-regressions/. An input that
# runs longer than 120 s counts as a hang. For a long run in the background:
# FUZZ_ARGS="-fork=1 -ignore_crashes=1 -ignore_timeouts=1" keeps going after a find.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
# Inputs up to 4 KB: a whole table of the compact layouts fits, and an input
# costs ~10 ms under the sanitizers (the cell solver's search dominates).
FUZZ_MAX_LEN ?= 4096
FUZZ_ARGS ?=
fuzz: deps
	$(call install_missing,$(SANITIZER_PACKAGES))
	$(call sanitize_configure,$(FUZZ_BUILD_DIR))
	cmake --build $(FUZZ_BUILD_DIR) -j$$(nproc) --target fuzz_reportfile
	python3 tests/fuzz/prepare.py seeds tests/data $(FUZZ_BUILD_DIR)/fuzz-seeds
	python3 tests/fuzz/prepare.py dict resources/tablelabels.json $(FUZZ_BUILD_DIR)/fuzz.dict
	mkdir -p $(FUZZ_BUILD_DIR)/corpus $(FUZZ_BUILD_DIR)/artifacts
	cd $(FUZZ_BUILD_DIR) && $(SANITIZE_ENV) LC_ALL=C.UTF-8 tests/fuzz/fuzz_reportfile -max_total_time=$(FUZZ_SECONDS) \
		-max_len=$(FUZZ_MAX_LEN) -dict=fuzz.dict -timeout=120 -rss_limit_mb=2560 -artifact_prefix=artifacts/ \
		-print_final_stats=1 $(FUZZ_ARGS) corpus fuzz-seeds

# The review window on the bundled sample reports, in the default project
# (importing them again changes nothing). Without a display: say so, and do
# the same work headless.
run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): the review window cannot open."; \
		echo "Headless, the same work runs from the command line:"; \
		echo "  $(APP) import resources/samples && $(APP) check"; \
		$(APP) import resources/samples && $(APP) check; \
	else \
		$(APP) resources/samples; \
	fi

# resources/screenshots/main-zh_CN.png and main-en.png for the README.
screenshots: build
	$(call install_missing,$(SCREENSHOT_PACKAGES))
	BUILD_DIR=$(BUILD_DIR) tests/screenshots.sh

# The benchmark (tests/bench, README "Benchmark"): generates N reports and
# measures import, the SQLite floor, open, switch, edit, export and peak
# memory. Its own build directory; not part of `make test`.
.PHONY: bench
BENCH_BUILD_DIR ?= build-bench
N ?= 10000
SEED ?= 1
bench: deps
	@[ -f $(BENCH_BUILD_DIR)/build.ninja ] || cmake -S . -B $(BENCH_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)
	cmake --build $(BENCH_BUILD_DIR) -j$$(nproc) --target govinfo_bench
	mkdir -p $(BENCH_BUILD_DIR)/bench-work
	$(BENCH_BUILD_DIR)/tests/bench/govinfo_bench --count $(N) --seed $(SEED) --work $(BENCH_BUILD_DIR)/bench-work

clean:
	rm -rf $(BUILD_DIR)
