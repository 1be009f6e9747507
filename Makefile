# declutter: build, demo, test, install. See README.md.
PREFIX ?= $(HOME)/.local
MVN ?= mvn -B -q
JAR := target/declutter.jar
# Tika and its parsers, in a jar of their own that runs of HTML and plain text never open.
DOCUMENTS_JAR := target/declutter-documents.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
DEMO_INPUT := testdata/cases/seeds/001_boilerplate.txt
# What the class-data-sharing training run cleans: an HTML page and the plain-text seeds.
TRAINING := testdata/training/article.html $(filter-out %.expected.txt,$(wildcard testdata/cases/seeds/*.txt))

.PHONY: build demo test fuzz install clean bench docs

build: target/declutter target/declutter.cds target/doc/declutter.1

# The man page and shell completion, generated from the same picocli model as --help.
GENERATE := java -cp $(JAR) org.declutter.cli.GenerateDocs
target/doc/declutter.1: target/declutter
	$(GENERATE) bash target/doc/declutter.bash
	$(GENERATE) zsh target/doc/_declutter
	$(GENERATE) man $@

# docs/cli.md is committed; a test fails when it no longer matches the code.
docs: target/declutter
	$(GENERATE) markdown docs/cli.md

target/declutter: $(SOURCES)
	$(MVN) -DskipTests package
	cp target/declutter-*-cli.jar $(JAR)
	cp target/declutter-*-documents.jar $(DOCUMENTS_JAR)
	install -m 755 src/main/sh/declutter target/declutter

# The launcher's training run writes the archive beside the jar (declutter.jsa, or declutter.aot
# on JDK 25+): the classes a one-file run loads, mapped at start instead of read from the jar.
target/declutter.cds: target/declutter $(TRAINING)
	DECLUTTER_TRAIN=1 target/declutter --jobs 1 $(TRAINING) >/dev/null
	touch $@

demo: build
	@echo "== input: $(DEMO_INPUT)"
	@cat $(DEMO_INPUT)
	@echo
	@echo "== declutter $(DEMO_INPUT)"
	@target/declutter $(DEMO_INPUT)

test:
	mvn -B -ntp test

# Fuzzes each target for FUZZ_SECONDS (default 10 minutes), one after another; findings land in
# src/test/resources/.../<Test>Inputs/<target>/ and are replayed by every `make test` from then on.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= org.declutter.CleanFuzzTest\#html org.declutter.CleanFuzzTest\#text \
	org.declutter.CleanFuzzTest\#document org.declutter.rules.RuleFileParserFuzzTest\#parse
fuzz:
	@status=0; for t in $(FUZZ_TARGETS); do \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  JAZZER_FUZZ=1 mvn -B -ntp test -Dtest="$$t" -Djazzer.internal.arg.0=fuzz \
	    -Djazzer.internal.arg.1=-max_total_time=$(FUZZ_SECONDS) -Djazzer.internal.arg.2=-timeout=20 || status=1; \
	done; exit $$status

# JMH per-page benchmarks plus whole-process runs; needs the benchmark pages (../shared/bench, or
# BENCH=DIR) and writes the Speed section of docs/benchmarks.md. Not part of test.
bench: build
	$(MVN) -Pbench -DskipTests compile
	src/bench/sh/bench

install: build
	install -d $(PREFIX)/bin $(PREFIX)/lib/declutter
	install -m 644 $(JAR) $(DOCUMENTS_JAR) $(PREFIX)/lib/declutter/
	install -m 755 src/main/sh/declutter $(PREFIX)/bin/declutter
	install -d $(PREFIX)/share/man/man1 $(PREFIX)/share/bash-completion/completions $(PREFIX)/share/zsh/site-functions
	install -m 644 target/doc/declutter.1 $(PREFIX)/share/man/man1/declutter.1
	install -m 644 target/doc/declutter.bash $(PREFIX)/share/bash-completion/completions/declutter
	install -m 644 target/doc/_declutter $(PREFIX)/share/zsh/site-functions/_declutter
	DECLUTTER_TRAIN=1 $(PREFIX)/bin/declutter --jobs 1 $(TRAINING) >/dev/null

clean:
	$(MVN) clean
