#!/usr/bin/env bash
# Package smoke test: pack AutoDiffGen, check the package layout, then build and run a tiny user
# project (Consumer/) that takes the package from a throwaway local feed, exactly as a user would.
# Called by .ci/run; also runs on its own from anywhere: bash tests/PackageSmoke/run.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/autodiffgen-smoke.XXXXXX")"
# Keep the work folder when something failed, so the build log and files can be inspected.
trap 'status=$?; if [ "$status" -eq 0 ]; then rm -rf "$work"; else echo "Package smoke test FAILED (work folder kept: $work)" >&2; fi' EXIT

feed="$work/feed"
consumer="$work/consumer"

echo "--- Packing src/Runtime into $feed"
dotnet pack "$repo/src/Runtime" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true

shopt -s nullglob
packages=("$feed"/AutoDiffGen.*.nupkg)
shopt -u nullglob
if [ "${#packages[@]}" -ne 1 ]; then
    echo "Expected exactly one AutoDiffGen .nupkg in $feed, found ${#packages[@]}." >&2
    exit 1
fi
nupkg="${packages[0]}"
version="$(basename "$nupkg" .nupkg)"
version="${version#AutoDiffGen.}"
echo "--- Package: $(basename "$nupkg") (version $version)"

# The generator must ride along as an analyzer, and the attributes as the library.
if command -v unzip > /dev/null; then
    listing="$(unzip -Z1 "$nupkg")"
elif command -v python3 > /dev/null; then
    listing="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$nupkg")"
else
    listing=""
    echo "--- Neither unzip nor python3 found: skipping the package listing check (the consumer build below still needs both parts)."
fi
if [ -n "$listing" ]; then
    for required in analyzers/dotnet/cs/AutoDiffGen.Generator.dll analyzers/dotnet/cs/AutoDiffGen.CodeFixes.dll lib/net8.0/AutoDiffGen.dll; do
        if ! grep -Fxq "$required" <<< "$listing"; then
            echo "The package does not contain $required. Its contents:" >&2
            echo "$listing" >&2
            exit 1
        fi
        echo "ok   package contains $required"
    done
fi

echo "--- Building the consumer project against the packed feed"
cp -R "$repo/tests/PackageSmoke/Consumer" "$consumer"
rm -rf "$consumer/bin" "$consumer/obj"
# The local feed is added to the machine's default sources (not replacing them), so packages the
# AutoDiffGen package may come to depend on still restore.
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="autodiffgen-smoke-feed" value="$feed" />
  </packageSources>
</configuration>
XML
# A fresh package cache: a stale AutoDiffGen of the same version from an earlier run is never used.
export NUGET_PACKAGES="$work/packages"
dotnet build "$consumer/Consumer.csproj" -c Release -p:AutoDiffGenVersion="$version"

# Prove the package came from the feed just packed, not from any other source.
metadata="$NUGET_PACKAGES/autodiffgen/$version/.nupkg.metadata"
if ! grep -Fq "$feed" "$metadata"; then
    echo "AutoDiffGen $version was not restored from $feed:" >&2
    cat "$metadata" >&2
    exit 1
fi
echo "ok   AutoDiffGen $version restored from the freshly packed feed"

generated="$consumer/obj/Release/net10.0/generated/AutoDiffGen.Generator/AutoDiffGen.Generator.DifferentiableGenerator/PackageSmoke.Model.F.g.cs"
if [ ! -f "$generated" ]; then
    echo "The packaged generator did not write $generated" >&2
    exit 1
fi
echo "ok   packaged generator wrote $(basename "$generated")"

echo "--- Running the consumer"
dotnet "$consumer/bin/Release/net10.0/Consumer.dll"

echo "--- Packing src/Testing (AutoDiffGen.Testing) into $feed"
dotnet pack "$repo/src/Testing" -c Release -o "$feed" -p:ContinuousIntegrationBuild=true
testing_nupkg="$feed/AutoDiffGen.Testing.$version.nupkg"
if [ ! -f "$testing_nupkg" ]; then
    echo "Expected $testing_nupkg after packing src/Testing." >&2
    exit 1
fi
if command -v unzip > /dev/null; then
    testing_listing="$(unzip -Z1 "$testing_nupkg")"
elif command -v python3 > /dev/null; then
    testing_listing="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$testing_nupkg")"
else
    testing_listing=""
fi
if [ -n "$testing_listing" ]; then
    # The generator rides along as a library: GeneratedCode runs it in the user's test process.
    for required in lib/net8.0/AutoDiffGen.Testing.dll lib/net8.0/AutoDiffGen.Generator.dll build/AutoDiffGen.Testing.targets; do
        if ! grep -Fxq "$required" <<< "$testing_listing"; then
            echo "The testing package does not contain $required. Its contents:" >&2
            echo "$testing_listing" >&2
            exit 1
        fi
        echo "ok   testing package contains $required"
    done
fi

echo "--- Building and running a consumer of AutoDiffGen.Testing against the packed feed"
testing_consumer="$work/testing-consumer"
cp -R "$repo/tests/PackageSmoke/TestingConsumer" "$testing_consumer"
rm -rf "$testing_consumer/bin" "$testing_consumer/obj"
cp "$repo/tests/PackageSmoke/Consumer/Model.cs" "$testing_consumer/Model.cs"
# The same model again as data: GeneratedCode.For reads it at run time.
cp "$repo/tests/PackageSmoke/Consumer/Model.cs" "$testing_consumer/Model.cs.txt"
cp "$consumer/nuget.config" "$testing_consumer/nuget.config"
dotnet build "$testing_consumer/TestingConsumer.csproj" -c Release -p:AutoDiffGenVersion="$version"
cp "$testing_consumer/Model.cs.txt" "$testing_consumer/bin/Release/net10.0/"
if ! grep -Fq "$feed" "$NUGET_PACKAGES/autodiffgen.testing/$version/.nupkg.metadata"; then
    echo "AutoDiffGen.Testing $version was not restored from $feed." >&2
    exit 1
fi
echo "ok   AutoDiffGen.Testing $version restored from the freshly packed feed"
dotnet "$testing_consumer/bin/Release/net10.0/TestingConsumer.dll"
