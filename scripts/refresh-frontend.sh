#!/usr/bin/env bash
# Refreshes the vendored front-end files (NL Design System CSS and htmx) from the npm registry.
# Plein serves them itself: no CDN. Run this by hand when upgrading; commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
UTRECHT_CSS=@utrecht/component-library-css@9.0.4
TOKENS=@nl-design-system-unstable/voorbeeld-design-tokens@7.4.1
HTMX=htmx.org@2.0.11
LEAFLET=leaflet@1.9.4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$UTRECHT_CSS" "$TOKENS" "$HTMX" "$LEAFLET" >/dev/null)

dest=src/main/resources/static/vendor
rm -rf "$dest" && mkdir -p "$dest"/utrecht "$dest"/tokens "$dest"/htmx "$dest"/leaflet/images
for tgz in "$work"/*.tgz; do
  d="$work/$(basename "$tgz" .tgz)"; mkdir -p "$d"; tar -xzf "$tgz" -C "$d"
done
u="$work"/utrecht-component-library-css-*/package
t="$work"/nl-design-system-unstable-voorbeeld-design-tokens-*/package
h="$work"/htmx.org-*/package
l="$work"/leaflet-*/package
cp $u/dist/index.css "$dest"/utrecht/index.css
cp $u/LICENSE* "$dest"/utrecht/ 2>/dev/null || true
cp $t/dist/theme.css "$dest"/tokens/theme.css
cp $t/LICENSE* "$dest"/tokens/ 2>/dev/null || true
cp $h/dist/htmx.min.js "$dest"/htmx/htmx.min.js
cp $h/LICENSE* "$dest"/htmx/ 2>/dev/null || true
cp $l/dist/leaflet.js $l/dist/leaflet.css $l/LICENSE "$dest"/leaflet/
cp $l/dist/images/marker-*.png "$dest"/leaflet/images/
cat > "$dest"/NOTICE.md <<NOTE
# Vendored front-end files
| folder | package | licence |
|---|---|---|
| utrecht/ | $UTRECHT_CSS | EUPL-1.2 |
| tokens/ | $TOKENS | EUPL-1.2 |
| htmx/ | $HTMX | BSD-0-Clause |
| leaflet/ | $LEAFLET | BSD-2-Clause |

Refreshed with \`scripts/refresh-frontend.sh\`; the licence texts lie beside each file.
NOTE
echo "vendored into $dest"
