#!/usr/bin/env bash
# Regenerates the screenshots in docs/images from the demo data: the main pages at 1440 px and 390 px (phone pictures
# show the first 1600 px), as the demo agent, manager and customer see them in light mode.
# Needs what the tests need (Chromium at /usr/bin/chromium, npm); takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
HELPDESK_SCREENSHOTS="$PWD/docs/images" dotnet test HelpdeskDashboard.Tests --filter "FullyQualifiedName~ScreenshotTour"
ls -1 docs/images
