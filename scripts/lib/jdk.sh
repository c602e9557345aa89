# shellcheck shell=bash
# Sourced by the scripts in scripts/: picks a JDK 21 or newer and checks that Maven is there.
#
# Order: $JAVA_HOME if it is 21+, else `java` on PATH if it is 21+, else the newest 21+ JDK under /usr/lib/jvm.
# Exports JAVA_HOME, PATH (the chosen JDK's bin first) and MAVEN_OPTS (with
# --sun-misc-unsafe-memory-access=allow on JDK 24+, which silences Maven's sun.misc.Unsafe warnings).
# Sets SANGANG_JAVA_MAJOR and SANGANG_JAVA_VERSION for messages. Exits 1 with advice when nothing fits.
# Works under `set -euo pipefail`.

SANGANG_MIN_JAVA=21

# Prints the feature release (17, 21, 25, ...) of the java binary $1, or nothing if it cannot be run.
sangang_java_major() {
  local line version
  line="$("$1" -version 2>&1 | grep -m1 'version "' || true)"
  version="${line#*version \"}"
  version="${version%%\"*}"
  version="${version#1.}"          # 1.8.0_402 -> 8.0_402
  version="${version%%[.+_-]*}"    # 21.0.5 / 25+36 / 21-ea -> 21 / 25 / 21
  if [[ "$version" =~ ^[0-9]+$ ]]; then
    printf '%s\n' "$version"
  fi
  return 0
}

# Prints the full version string of the java binary $1 (e.g. 25.0.3).
sangang_java_version() {
  local line
  line="$("$1" -version 2>&1 | grep -m1 'version "' || true)"
  line="${line#*version \"}"
  printf '%s\n' "${line%%\"*}"
}

sangang_pick_jdk() {
  local major java_bin dir best_home="" best_major=0

  if [[ -n "${JAVA_HOME:-}" ]]; then
    if [[ -x "${JAVA_HOME}/bin/java" ]]; then
      major="$(sangang_java_major "${JAVA_HOME}/bin/java")"
      if (( ${major:-0} >= SANGANG_MIN_JAVA )); then
        SANGANG_JAVA_HOME="$JAVA_HOME"
        SANGANG_JAVA_MAJOR="$major"
        return 0
      fi
      echo "Note: JAVA_HOME=${JAVA_HOME} is Java ${major:-of unknown version}; this build needs ${SANGANG_MIN_JAVA}+, looking elsewhere." >&2
    else
      echo "Note: JAVA_HOME=${JAVA_HOME} has no bin/java; looking elsewhere." >&2
    fi
  fi

  if java_bin="$(command -v java 2>/dev/null)"; then
    major="$(sangang_java_major "$java_bin")"
    if (( ${major:-0} >= SANGANG_MIN_JAVA )); then
      java_bin="$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")"
      SANGANG_JAVA_HOME="$(cd "$(dirname "$java_bin")/.." && pwd)"
      SANGANG_JAVA_MAJOR="$major"
      return 0
    fi
  fi

  for dir in /usr/lib/jvm/*; do
    [[ -x "${dir}/bin/java" ]] || continue
    major="$(sangang_java_major "${dir}/bin/java")"
    if (( ${major:-0} >= SANGANG_MIN_JAVA && ${major:-0} > best_major )); then
      best_major="$major"
      best_home="$dir"
    fi
  done
  if [[ -n "$best_home" ]]; then
    SANGANG_JAVA_HOME="$best_home"
    SANGANG_JAVA_MAJOR="$best_major"
    return 0
  fi
  return 1
}

if ! sangang_pick_jdk; then
  {
    echo "No JDK ${SANGANG_MIN_JAVA} or newer found (checked \$JAVA_HOME, java on PATH and /usr/lib/jvm/*)."
    echo "Install one, e.g. Temurin 21/25 from Adoptium's apt repository (https://adoptium.net/installation/linux/)"
    echo "or \`apt-get install openjdk-21-jdk\` where your distribution has it, or set JAVA_HOME to a JDK ${SANGANG_MIN_JAVA}+."
  } >&2
  exit 1
fi

export JAVA_HOME="$SANGANG_JAVA_HOME"
export PATH="${JAVA_HOME}/bin:${PATH}"
SANGANG_JAVA_VERSION="$(sangang_java_version "${JAVA_HOME}/bin/java")"
export SANGANG_JAVA_MAJOR SANGANG_JAVA_VERSION
if (( SANGANG_JAVA_MAJOR >= 24 )) && [[ " ${MAVEN_OPTS:-} " != *" --sun-misc-unsafe-memory-access=allow "* ]]; then
  MAVEN_OPTS="${MAVEN_OPTS:+${MAVEN_OPTS} }--sun-misc-unsafe-memory-access=allow"
fi
export MAVEN_OPTS="${MAVEN_OPTS:-}"

if ! command -v mvn >/dev/null 2>&1; then
  {
    echo "Maven (mvn) not found on PATH. Install Maven 3.8 or newer, e.g. \`apt-get install maven\`,"
    echo "or download it from https://maven.apache.org/download.cgi and put its bin/ on PATH."
  } >&2
  exit 1
fi
