# Shared by loaders/verify: makes sure the browser tests find Debian's Chromium, its driver and Japanese fonts.
# Sourced, not run.

BROWSER_PACKAGES=(chromium chromium-driver fonts-noto-cjk)

# Installs chromium, chromium-driver and fonts-noto-cjk with apt-get when one is missing (root only);
# otherwise says how to install them and fails.
ensure_browser() {
  local missing=() p
  for p in "${BROWSER_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ] && [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if [ ${#missing[@]} -eq 0 ]; then
    missing=("${BROWSER_PACKAGES[@]}")
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser tests need Chromium, its driver and Japanese fonts (missing: ${missing[*]})." >&2
    echo "Install them as root:  apt-get update && apt-get install -y ${BROWSER_PACKAGES[*]}" >&2
    return 1
  fi
  echo "Installing ${missing[*]} for the browser tests (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || { echo "apt-get update failed" >&2; return 1; }
  apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
    || { echo "apt-get install ${missing[*]} failed" >&2; return 1; }
}
