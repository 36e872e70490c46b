# Sourced by .ci/run and bench/run.sh: exports JAVA_HOME as a JDK 21 or newer (Java 21 language level,
# built with JDK 25 on the project's machines), trying the usual install paths when the current one is
# missing or older; fails with a clear message when there is none.
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/javac" ]] || ! "${JAVA_HOME}/bin/javac" -version 2>&1 | grep -Eq 'javac (2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [[ -x "$candidate/bin/javac" ]]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
if [[ -z "${JAVA_HOME:-}" || ! -x "${JAVA_HOME}/bin/javac" ]]; then
  echo "A JDK 21 or newer is needed: set JAVA_HOME" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
