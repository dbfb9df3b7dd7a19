#!/usr/bin/env bash
# Builds the documentation site into artifacts/docs-site: the guides in docs/articles and an API
# reference from the packages' XML docs. Warnings are errors: a broken link or cross-reference fails.
set -euo pipefail
cd "$(dirname "$0")/.."

input=artifacts/docs-input
rm -rf "$input" artifacts/docs-site docs/api/*.yml docs/api/.manifest
for project in src/ClayGen/ClayGen.csproj src/ClayGen.Sandbox/ClayGen.Sandbox.csproj; do
  # Published, so each assembly's dependencies sit beside it and docfx can resolve every type.
  dotnet publish "$project" -c Release -o "$input" --nologo -v quiet -p:GenerateDocumentationFile=true
done

dotnet tool restore > /dev/null
dotnet docfx docs/docfx.json --warningsAsErrors
