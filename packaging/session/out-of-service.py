#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# out-of-service.py OUT.png: the picture the display session shows under the kiosk, seen while
# the kiosk starts or restarts (kiosk-session). Square, so it fits landscape and portrait
# screens alike; the window around it has the same colour (BACKGROUND, kiosk-session's -w).
import sys
from PIL import Image, ImageDraw, ImageFont

BACKGROUND = (0x1B, 0x24, 0x30)
FOREGROUND = (0xF4, 0xF6, 0xFA)
MUTED = (0xA8, 0xB3, 0xC2)
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
SIZE = 1080

image = Image.new("RGB", (SIZE, SIZE), BACKGROUND)
draw = ImageDraw.Draw(image)


def line(text, y, size, colour, path=FONT):
    font = ImageFont.truetype(path, size, index=1)  # index 1: the Korean face (KR)
    width = draw.textlength(text, font=font)
    draw.text(((SIZE - width) / 2, y), text, font=font, fill=colour)


# A clock face: "back in a moment".
centre, radius = (SIZE // 2, 330), 110
draw.ellipse([centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius],
             outline=FOREGROUND, width=14)
draw.line([centre, (centre[0], centre[1] - 70)], fill=FOREGROUND, width=14)
draw.line([centre, (centre[0] + 55, centre[1] + 20)], fill=FOREGROUND, width=14)
line("잠시 후 다시 이용해 주세요", 520, 64, FOREGROUND, BOLD)
line("키오스크를 준비하고 있습니다", 620, 44, MUTED)
line("Back in a moment", 740, 56, FOREGROUND, BOLD)
line("The kiosk is getting ready", 830, 40, MUTED)
image.save(sys.argv[1], optimize=True)
