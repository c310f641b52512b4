#!/usr/bin/env bash
# The Silo and Gateway container images, built by the .NET SDK (no Docker daemon), as two tarballs:
#   bash deploy/images.sh [OUT]   writes OUT/silo.tar.gz and OUT/gateway.tar.gz (OUT: deploy/images)
# Load them with `docker load -i OUT/silo.tar.gz` (or podman), or push them with a tool such as skopeo.
# Settings (environment):
#   GRIDACTORS_IMAGE_TAG      the images' tag; default: Container.props' (1.0.0)
#   GRIDACTORS_IMAGE_CONFIGURATION  the build put in the images; Release
#   GRIDACTORS_BASE_REGISTRY  a registry mirroring Microsoft's dotnet/aspnet and dotnet/runtime images,
#                             for a machine that cannot reach mcr.microsoft.com (e.g. registry.local:5000)
# A mirror served over plain HTTP must also be named in DOTNET_CONTAINER_INSECURE_REGISTRIES.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$(mkdir -p "${1:-$root/deploy/images}" && cd "${1:-$root/deploy/images}" && pwd)
properties=()
[ -n "${GRIDACTORS_IMAGE_TAG:-}" ] && properties+=("-p:ContainerImageTag=$GRIDACTORS_IMAGE_TAG")
[ -n "${GRIDACTORS_BASE_REGISTRY:-}" ] && properties+=("-p:GridActorsBaseRegistry=$GRIDACTORS_BASE_REGISTRY")

for project in Silo Gateway; do
  name=$(echo "$project" | tr '[:upper:]' '[:lower:]')
  dotnet publish "$root/$project/$project.csproj" -c "${GRIDACTORS_IMAGE_CONFIGURATION:-Release}" -t:PublishContainer -nologo -v quiet \
    "-p:ContainerArchiveOutputPath=$out/$name.tar.gz" ${properties[@]+"${properties[@]}"}
  echo "$out/$name.tar.gz"
done
