#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# check-fullscreen.py SHOT.png: the kiosk fills the screenshot of a whole output. A compositor
# shows black where no window is, so the kiosk is full screen when no edge strip of the shot
# is black and the picture is not one colour (a window that never drew).
import sys
from PIL import Image

shot = Image.open(sys.argv[1]).convert("RGB")
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
colours = shot.resize((64, 64)).getcolors(64 * 64)
if colours is not None and len(colours) < 4:
    problems.append("the screen is one colour: nothing was drawn")
print(f"{sys.argv[1]}: {width}x{height}" + ("" if not problems else ": " + "; ".join(problems)))
sys.exit(1 if problems else 0)
