#!/usr/bin/env bash
# Rebuilds the libpulse.so.0 stand-in that ships inside the jar (see pulse-stub.c for why). Run it when the
# bundled FFmpeg changes: it lists the PulseAudio functions that FFmpeg's libraries import and regenerates
# the stub from them. Needs gcc and binutils; users never run it.
set -euo pipefail
cd "$(dirname "$0")"
ffmpeg_dir=${1:?usage: build.sh DIRECTORY-OF-THE-BUNDLED-FFMPEG (under ~/.javacpp/cache)}
symbols=$(for lib in "$ffmpeg_dir"/ffmpeg "$ffmpeg_dir"/ffprobe "$ffmpeg_dir"/lib*.so.[0-9]*; do
  nm -D --undefined-only "$lib" 2>/dev/null | awk '/@PULSE_0/ {sub("@PULSE_0", "", $2); print $2}'
done | sort -u)
{
  sed -n '1,/^ \*\//p' pulse-stub.c
  for s in $symbols; do echo "void *$s(void) { return 0; }"; done
} > pulse-stub.c.new
mv pulse-stub.c.new pulse-stub.c
out=../../resources/io/roughcut/media/native/linux-x86_64/libpulse.so.0
gcc -shared -fPIC -O2 -s -Wl,-soname,libpulse.so.0 -Wl,--version-script=pulse-stub.map -o "$out" pulse-stub.c
echo "wrote $out with $(echo "$symbols" | wc -l) functions"
