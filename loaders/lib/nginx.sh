# Shared by loaders/verify: makes sure the secured-cluster test finds nginx, the TLS-terminating, password-checking
# proxy it puts in front of the test node (it starts its own nginx with its own config; no system service is used).
# Sourced, not run.

# Installs Debian's nginx with apt-get when there is none (root only); otherwise says how to install it and fails.
ensure_nginx() {
  if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "The secured-cluster test needs nginx (a TLS and password-checking proxy in front of the test node)." >&2
    echo "Install it as root:  apt-get update && apt-get install -y nginx-light   (or nginx)" >&2
    return 1
  fi
  echo "Installing nginx for the secured-cluster test (apt-get)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2 || { echo "apt-get update failed" >&2; return 1; }
  # nginx-light is the small build (Debian 12); later releases ship only nginx
  apt-get install -y -q --no-install-recommends nginx-light >&2 \
    || apt-get install -y -q --no-install-recommends nginx >&2 \
    || { echo "apt-get install nginx failed" >&2; return 1; }
}
