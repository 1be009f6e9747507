# declutter: build, demo, test, install. See README.md.
PREFIX ?= $(HOME)/.local
MVN ?= mvn -B -q
JAR := target/declutter.jar
SOURCES := pom.xml $(shell find src/main -type f 2>/dev/null)
DEMO_INPUT := testdata/cases/seeds/001_boilerplate.txt

.PHONY: build demo test install clean

build: target/declutter

target/declutter: $(SOURCES)
	$(MVN) -DskipTests package
	cp target/declutter-*-all.jar $(JAR)
	install -m 755 src/main/sh/declutter target/declutter

demo: build
	@echo "== input: $(DEMO_INPUT)"
	@cat $(DEMO_INPUT)
	@echo
	@echo "== declutter $(DEMO_INPUT)"
	@target/declutter $(DEMO_INPUT)

test:
	mvn -B -ntp test

install: build
	install -d $(PREFIX)/bin $(PREFIX)/lib/declutter
	install -m 644 $(JAR) $(PREFIX)/lib/declutter/declutter.jar
	install -m 755 src/main/sh/declutter $(PREFIX)/bin/declutter

clean:
	$(MVN) clean
