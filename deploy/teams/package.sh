#!/usr/bin/env bash
# Builds the Teams app package: manifest.json (placeholders filled), color.png and outline.png at the zip root.
#   deploy/teams/package.sh <bot-app-id> <host-name> [output.zip]
# or with BOT_APP_ID / HOST_NAME in the environment. Output defaults to ./teams-app.zip.
# Needs bash and python3 (zipfile from the standard library; no zip binary required).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bot_app_id="${1:-${BOT_APP_ID:-}}"
host_name="${2:-${HOST_NAME:-}}"
output="${3:-teams-app.zip}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$bot_app_id" =~ $guid ]]; then
  echo "usage: $0 <bot-app-id (GUID)> <host-name, e.g. mybot.azurewebsites.net> [output.zip]" >&2
  exit 2
fi
host_name="${host_name#https://}"
host_name="${host_name%%/*}"
if [[ ! "$host_name" =~ ^[A-Za-z0-9.-]+$ ]]; then
  echo "host name must be a bare DNS name such as mybot.azurewebsites.net, got '$host_name'" >&2
  exit 2
fi

python3 - "$here" "$bot_app_id" "$host_name" "$output" <<'PY'
import json, sys, zipfile
here, app_id, host, output = sys.argv[1:5]
with open(f"{here}/manifest.json", encoding="utf-8") as f:
    text = f.read()
text = text.replace("{{BOT_APP_ID}}", app_id.lower()).replace("{{HOST_NAME}}", host)
if "{{" in text:
    sys.exit("manifest.json still has a placeholder: " + text[text.index("{{"):][:40])
json.loads(text)  # fail here rather than in the Teams admin centre
with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", text)
    z.write(f"{here}/color.png", "color.png")
    z.write(f"{here}/outline.png", "outline.png")
print(output)
PY
