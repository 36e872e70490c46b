# Sourced (POSIX sh) by ./run, ./mvnw, .ci/run and bench/run.sh: exports JAVA_HOME as a JDK 21 or newer
# (Java 21 language level; the project builds and tests with JDK 25) and puts its bin/ first on PATH.
#
# It keeps JAVA_HOME when that is already a JDK 21+; otherwise it takes the java on PATH when that is one;
# otherwise the newest JDK 21+ found in the usual install places (/usr/lib/jvm, /usr/java, /opt, SDKMAN,
# ~/.jdks, macOS' /Library/Java/JavaVirtualMachines), and says which one it took. With none, it names what
# to install and fails (return 1).

_doran_glob_off=false
case $- in *f*) _doran_glob_off=true; set +f ;; esac

# The major version of the JDK at $1 (0 when it is not a JDK): from its release file, else from javac.
_doran_jdk_major() {
  [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || { echo 0; return 0; }
  _v=""
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  fi
  if [ -z "$_v" ]; then
    _v=$("$1/bin/javac" -version 2>&1 | sed -n 's/^javac \([0-9][0-9._]*\).*/\1/p' | head -n 1)
  fi
  case "$_v" in
    1.*) echo 0 ;;
    [0-9]*) echo "${_v%%[!0-9]*}" ;;
    *) echo 0 ;;
  esac
}

_doran_pick=""
_doran_was="${JAVA_HOME:-}"
if [ -n "${JAVA_HOME:-}" ] && [ "$(_doran_jdk_major "$JAVA_HOME")" -ge 21 ]; then
  _doran_pick="$JAVA_HOME"
fi
if [ -z "$_doran_pick" ] && command -v javac >/dev/null 2>&1; then
  _doran_javac=$(command -v javac)
  _doran_javac=$(readlink -f "$_doran_javac" 2>/dev/null || echo "$_doran_javac")
  _doran_home=$(dirname "$(dirname "$_doran_javac")")
  if [ "$(_doran_jdk_major "$_doran_home")" -ge 21 ]; then _doran_pick="$_doran_home"; fi
fi
if [ -z "$_doran_pick" ]; then
  _doran_best=0
  for _doran_dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* "${HOME:-/nonexistent}"/.sdkman/candidates/java/* \
      "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$_doran_dir" ] || continue
    _doran_major=$(_doran_jdk_major "$_doran_dir")
    if [ "$_doran_major" -ge 21 ] && [ "$_doran_major" -gt "$_doran_best" ]; then
      _doran_best=$_doran_major
      _doran_pick="$_doran_dir"
    fi
  done
  if [ -n "$_doran_pick" ]; then
    if [ -n "$_doran_was" ]; then
      echo "Using the JDK $_doran_best at $_doran_pick (JAVA_HOME=$_doran_was is older than 21)" >&2
    else
      echo "Using the JDK $_doran_best at $_doran_pick (the default java is older than 21 or missing)" >&2
    fi
  fi
fi
if [ "$_doran_glob_off" = true ]; then set -f; fi

if [ -z "$_doran_pick" ]; then
  cat >&2 <<'EOF'
Doran Chat needs a JDK 21 or newer (it is built and tested with JDK 25), and none was found:
JAVA_HOME and the java on PATH are older or missing, and there is none in /usr/lib/jvm, /usr/java, /opt,
~/.sdkman or ~/.jdks. Install one, for example
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk-headless   (or openjdk-25-jdk-headless)
  macOS:          brew install openjdk@21
  any system:     Eclipse Temurin 21 or 25 from https://adoptium.net
then run this again, or point JAVA_HOME at it.
EOF
  return 1
fi
JAVA_HOME="$_doran_pick"
export JAVA_HOME
PATH="$JAVA_HOME/bin:$PATH"
export PATH
unset -f _doran_jdk_major
unset _doran_glob_off _doran_pick _doran_was _doran_javac _doran_home _doran_best _doran_dir _doran_major _v
