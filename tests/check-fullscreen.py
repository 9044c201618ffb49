#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# check-fullscreen.py SHOT.png [--not-colour RRGGBB]: the kiosk fills the screenshot of a whole
# output. A compositor shows black where no window is, so the kiosk is full screen when no edge
# strip of the shot is black and the picture is not one colour (a window that never drew).
# --not-colour: and the shot is not mostly that colour (the display session's out-of-service
# picture, on screen while no kiosk is).
import sys
from PIL import Image

shot = Image.open(sys.argv[1]).convert("RGB")
not_colour = None
if len(sys.argv) == 4 and sys.argv[2] == "--not-colour":
    not_colour = tuple(int(sys.argv[3][i:i + 2], 16) for i in (0, 2, 4))
width, height = shot.size
problems = []


def black_fraction(box):
    region = shot.crop(box)
    pixels = list(region.getdata())
    return sum(1 for p in pixels if max(p) < 8) / len(pixels)


band = 6
for name, box in {
    "top": (0, 0, width, band),
    "bottom": (0, height - band, width, height),
    "left": (0, 0, band, height),
    "right": (width - band, 0, width, height),
}.items():
    if black_fraction(box) > 0.5:
        problems.append(f"the {name} edge is black: no window there")
if not_colour is not None:
    small = list(shot.resize((128, 128)).getdata())
    alike = sum(1 for p in small if max(abs(a - b) for a, b in zip(p, not_colour)) <= 8)
    if alike > 0.4 * len(small):
        problems.append("mostly #%02x%02x%02x: the out-of-service picture, not the kiosk" % not_colour)
colours = shot.resize((64, 64)).getcolors(64 * 64)
if colours is not None and len(colours) < 4:
    problems.append("the screen is one colour: nothing was drawn")
print(f"{sys.argv[1]}: {width}x{height}" + ("" if not problems else ": " + "; ".join(problems)))
sys.exit(1 if problems else 0)
