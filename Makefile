# SPDX-FileCopyrightText: 2026 GovInfo Review authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands of the README: `make run` and `make test`. Both install the
# Debian packages that are missing (idempotent), configure and build first.

BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
PACKAGES := cmake g++ make ninja-build pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev \
            libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libicu-dev libgumbo-dev python3 \
            qt6-translations-l10n
# Only for `make screenshots`: without a CJK font every Chinese character is an empty box.
SCREENSHOT_PACKAGES := fonts-wqy-microhei
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APP := $(BUILD_DIR)/app/govinfo-review

.PHONY: deps configure build test run screenshots clean

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
