"""Image clean-ups that rescue codes the decoders miss on the raw picture. Pillow only; no Qt.

Each one is here because `python -m bench.qr` showed it decoding images that neither zxing-cpp nor zbar read
untouched (see its "passes that read" table); the rest (histogram equalisation, median filtering, halving)
were measured too and read nothing new, so they are not here:

- `stretch`: a contrast stretch. zxing-cpp's local binariser gives up below ~25 grey levels of contrast
  (faded print, a dim room); stretched, it reads codes at 11–16 levels.
- `sharpen`: an unsharp mask. Out-of-focus webcams blur modules into each other; the mask restores edges
  and both libraries read blur they otherwise miss.
- `flatten`: divides by a heavily blurred copy (flat-field correction), which evens out a lamp from one
  side, the shadow of a hand and a glare spot before binarisation.
- `flatten_sharpen`: both, for a glare spot or a shadow on a code that is also a little out of focus.
- `enlarge`: doubles a small picture; the finder patterns of a code with 2–3 px modules (a far card, a
  heavily compressed JPEG) become detectable.
"""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image, ImageFilter, ImageMath, ImageOps

Transform = Callable[[Image.Image], Image.Image]

# Enlarging a big picture costs much and reads nothing new: only pictures up to this side are doubled.
ENLARGE_MAX_SIDE = 900


def stretch(image: Image.Image) -> Image.Image:
    return ImageOps.autocontrast(image, cutoff=1)


def sharpen(image: Image.Image) -> Image.Image:
    return image.filter(ImageFilter.UnsharpMask(radius=2, percent=200, threshold=0))


def flatten(image: Image.Image) -> Image.Image:
    radius = max(image.width, image.height) / 16
    background = image.filter(ImageFilter.GaussianBlur(radius)).convert("F")
    return ImageMath.lambda_eval(  # type: ignore[no-any-return]
        lambda a: a["convert"](a["min"](a["i"] * 180 / (a["b"] + 1), 255), "L"),
        i=image.convert("F"),
        b=background,
    )


def flatten_sharpen(image: Image.Image) -> Image.Image:
    return sharpen(flatten(image))


def enlarge(image: Image.Image) -> Image.Image:
    if max(image.size) > ENLARGE_MAX_SIDE:
        return image
    return image.resize((image.width * 2, image.height * 2), Image.Resampling.BICUBIC)
