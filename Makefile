# Plenum: `make run` and `make test` do all set-up on Debian 12 (see README.md).
SHELL := /bin/bash

PACKAGES := cmake ninja-build g++ pkg-config qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
            qt6-charts-dev libqt6svg6 libgl-dev libsqlite3-dev sqlite3 catch2 fonts-noto-cjk xvfb xauth \
            clang-format clang-tidy pandoc
PACKAGES += debootstrap  # make package-check: the .deb installed in a clean Debian 12 chroot (issue 16, polish)
PACKAGES += desktop-file-utils appstream dpkg-dev  # make package: .deb and its desktop/AppStream checks (issue 16)
PACKAGES += libpoppler-cpp-dev libpoppler-qt6-dev zlib1g-dev fonts-dejavu-core  # PDF import and reader, DOCX (issue 15)
PACKAGES += nodejs $(if $(shell command -v npm 2>/dev/null),,npm) libcmark-gfm-dev libcmark-gfm-extensions-dev citation-style-language-styles citation-style-language-locales  # CSL engine, styles, CommonMark (issue 13, citeproc)
PACKAGES += unicode-data biber python3-jsonschema  # CSL references: Unihan pinyin, biber data model and check, CSL schema check (issue 13)
PACKAGES += postgresql-15 libpq-dev libpqxx-dev libgit2-dev  # team library (issue 18)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
PRESET ?= release
BUILD_DIR := build/$(PRESET)
SCREENSHOT := build/plenum-screenshot.png

.PHONY: all deps npm-deps configure build run test test-fast test-asan bench screenshots package package-check crash-test fuzz format-check tidy clean

all: build

# Installs only what is missing; does nothing (and needs no network) when all is present.
deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# The CSL engine, citeproc-js, pinned, into build/npm (never committed); offline once installed.
CITEPROC_VERSION := 2.4.63
npm-deps: deps
	@[ "$$(node -p "require('./build/npm/node_modules/citeproc/package.json').version" 2>/dev/null)" = "$(CITEPROC_VERSION)" ] || \
	  npm install --prefix build/npm --no-save --no-audit --no-fund citeproc@$(CITEPROC_VERSION)

configure: deps npm-deps
	@[ -f $(BUILD_DIR)/build.ninja ] || cmake --preset $(PRESET) >/dev/null

build: configure
	cmake --build --preset $(PRESET)

run: build
	@if [ -z "$$DISPLAY" ] && [ -z "$$WAYLAND_DISPLAY" ]; then \
	  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): rendering the main window offscreen."; \
	  QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/app/gui/plenum --screenshot $(SCREENSHOT) $(if $(DB),--db $(DB)); \
	else \
	  $(BUILD_DIR)/app/gui/plenum $(if $(DB),--db $(DB)); \
	fi

test: build
	QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET) -j2

# The core and CLI tests only (label "fast"): seconds, for the edit-compile-test loop.
test-fast: build
	QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET) -j2 -L fast

# Formatting (.clang-format) and function size (.clang-tidy: readability-function-size).
format-check: deps
	tools/check-format
tidy: configure
	tools/check-tidy $(BUILD_DIR)

# Search benchmark (docs/performance.md). BENCH_SIZES=100000,1000000 for the full run.
BENCH_SIZES ?= 100000
# e.g. BENCH_ARGS="--dir /work/bench-1m --reuse 1": reuse generated data (the index is still rebuilt and timed)
BENCH_ARGS ?=
# Team library benchmark (docs/performance.md): TEAM_BENCH_SIZES=1000000 for the 1M-statement initial sync;
# e.g. TEAM_BENCH_ARGS="--members 20 --load-seconds 120 --interval-ms 3000" (the defaults).
TEAM_BENCH_SIZES ?= 100000
TEAM_BENCH_ARGS ?=
bench: build
	$(BUILD_DIR)/tests/bench/bench_search --sizes $(BENCH_SIZES) --dir build/bench $(BENCH_ARGS)
	$(BUILD_DIR)/tests/bench/bench_hostile
	$(BUILD_DIR)/tests/bench/bench_team --sizes $(TEAM_BENCH_SIZES) --dir build/bench-team $(TEAM_BENCH_ARGS)

# AddressSanitizer + UBSan over the whole suite; Qt's own leaks are suppressed in tests/lsan.supp.
test-asan: export ASAN_OPTIONS = detect_leaks=1:abort_on_error=1:strict_string_checks=1
test-asan: export LSAN_OPTIONS = suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0
test-asan: export UBSAN_OPTIONS = print_stacktrace=1:halt_on_error=1
test-asan:
	$(MAKE) test PRESET=asan

# Regenerates the screenshots in docs/images from the view tests (offscreen, both languages).
screenshots: build
	cd $(BUILD_DIR)/tests && for t in test_views test_layout test_search test_notes test_transfer; do PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./$$t >/dev/null || exit 1; done
	cd $(BUILD_DIR)/tests && for t in test_views test_layout; do PLENUM_TEST_LANGUAGE=zh_CN PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./$$t >/dev/null || exit 1; done
	cd $(BUILD_DIR)/tests && for l in en zh_CN; do PLENUM_TEST_LANGUAGE=$$l PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./test_editors >/dev/null || exit 1; done
	cd $(BUILD_DIR)/tests && for l in en zh_CN; do PLENUM_TEST_LANGUAGE=$$l PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./test_noteeditor >/dev/null || exit 1; done
	cd $(BUILD_DIR)/tests && for l in en zh_CN; do PLENUM_TEST_LANGUAGE=$$l PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./test_importpreview >/dev/null || exit 1; done
	cd $(BUILD_DIR)/tests && for l in en zh_CN; do PLENUM_TEST_LANGUAGE=$$l PLENUM_SCREENSHOT_DIR=$(CURDIR)/docs/images QT_QPA_PLATFORM=offscreen ./test_viewmatrix >/dev/null || exit 1; done

# A Debian package (CPack) in build/: the launcher and AppStream file are validated first, then
# the package's control fields and contents are listed.
package: build
	desktop-file-validate resources/desktop/io.github.plenum.Plenum.desktop
	appstreamcli validate --no-net --pedantic resources/desktop/io.github.plenum.Plenum.metainfo.xml
	cd $(BUILD_DIR) && cpack -G DEB -B $(CURDIR)/build/package
	dpkg-deb --info build/package/plenum_*.deb
	dpkg-deb --contents build/package/plenum_*.deb | grep -E 'bin/|applications/|metainfo/|icons/'

# The package as a user installs it: apt in a minimal Debian 12 chroot (debootstrap, root), then
# plenum-cli --version, a GB/T 7714 citation through citeproc-js and the GUI offscreen.
package-check: package
	tools/check-deb-install build/bookworm-chroot

# The crash harnesses with more trials than ctest runs (docs/reliability.md): the single-process
# SIGKILL harness, issue 12's GUI + CLI scenario, then the multi-process torture (GUI-like process,
# the real GUI offscreen, plenum-cli lanes, sqlite3). CRASH_TRIALS=500 for the full run.
CRASH_TRIALS ?= 100
CRASH_SEED ?= $(shell date +%s)
CRASH_RUN_MS ?= 1500
crash-test: build
	$(BUILD_DIR)/tests/crash/crash_harness --cli $(BUILD_DIR)/app/cli/plenum-cli --data tests/data \
	  --trials $(CRASH_TRIALS) --seed $(CRASH_SEED)
	$(BUILD_DIR)/tests/crash/crash_torture --cli $(BUILD_DIR)/app/cli/plenum-cli \
	  --gui-like $(BUILD_DIR)/tests/crash/torture_gui --scenario
	$(BUILD_DIR)/tests/crash/crash_torture --cli $(BUILD_DIR)/app/cli/plenum-cli \
	  --gui-like $(BUILD_DIR)/tests/crash/torture_gui --gui $(BUILD_DIR)/app/gui/plenum \
	  --trials $(CRASH_TRIALS) --seed $(CRASH_SEED) --run-ms $(CRASH_RUN_MS)

# libFuzzer targets (docs/reliability.md), each run for FUZZ_SECONDS; corpora and findings in build/fuzz-out.
FUZZ_PACKAGES := clang-14 libfuzzer-14-dev
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := paper bibtex ris csljson kbformat query tokenizer linker
fuzz:
	@$(MAKE) deps PACKAGES="$(PACKAGES) $(FUZZ_PACKAGES)"
	@[ -f build/fuzz/build.ninja ] || cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCMAKE_CXX_COMPILER=clang++-14 -DPLENUM_FUZZ=ON -DPLENUM_BUILD_TESTS=OFF >/dev/null
	cmake --build build/fuzz --target fuzz_all
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p build/fuzz-out/$$t/corpus build/fuzz-out/$$t/crashes; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 build/fuzz/tests/fuzz/fuzz_$$t build/fuzz-out/$$t/corpus tests/data/fuzz/$$t \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=3072 \
	    -artifact_prefix=build/fuzz-out/$$t/crashes/ -print_final_stats=1 2>&1 | grep -E '^(stat::|==|SUMMARY|#[0-9]+ *DONE)' || exit 1; \
	done

clean:
	rm -rf build
