#!/usr/bin/env python3
"""One entry point for people and CI: set the machine up if needed, then run the app or the tests.

    python3 dev.py run [motcua arguments]   start MotCua Desk (or any `motcua` subcommand)
    python3 dev.py test [pytest arguments]  run the whole test suite headless
    python3 dev.py lint                     ruff and mypy over the whole tree
    python3 dev.py bundle                   build dist/MotCuaDesk with PyInstaller and smoke-test it

Only the standard library is used here, because this script runs before anything is installed. Each
command creates `.venv` and installs the project into it when pyproject.toml changed; on Debian/Ubuntu,
run as root, it also installs the system libraries that Qt, zbar and the PDF tools need (once).
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMPS = ROOT / ".dev-stamps"

# Shared libraries the PySide6 wheels load (xcb platform, EGL/GL, fonts, D-Bus), PulseAudio/ALSA for
# QtMultimedia, zbar for pyzbar, poppler-utils (pdftotext/pdftoppm) for the print tests, Xvfb for
# screenshots, DejaVu so Qt always has a Vietnamese-capable UI font.
DEBIAN_PACKAGES = [
    "libegl1", "libgl1", "libopengl0", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
    "libfreetype6", "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
    "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0",
    "libxcb-xfixes0", "libxcb-xkb1", "libx11-xcb1", "libpulse0", "libasound2", "libzbar0",
    "poppler-utils", "fonts-dejavu-core", "xvfb", "xauth",
]


def say(message: str) -> None:
    print(f"[dev.py] {message}", flush=True)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def venv_tool(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def _stamp_ok(name: str, content: str) -> bool:
    stamp = STAMPS / name
    return stamp.exists() and stamp.read_text(encoding="utf-8") == content


def _write_stamp(name: str, content: str) -> None:
    STAMPS.mkdir(exist_ok=True)
    (STAMPS / name).write_text(content, encoding="utf-8")


def ensure_system_packages() -> None:
    if platform.system() != "Linux" or not shutil.which("apt-get"):
        return
    wanted = " ".join(DEBIAN_PACKAGES)
    if _stamp_ok("apt", wanted):
        return
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        say("not root: skipping system packages; if Qt fails to start, run as root once or install:")
        say("  apt-get install " + wanted)
        return
    say("installing system libraries (apt-get)…")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *DEBIAN_PACKAGES],
                   check=True, env=env)
    _write_stamp("apt", wanted)


def ensure_venv(extras: str) -> None:
    if not venv_python().exists():
        say(f"creating virtual environment in {VENV}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    pyproject = (ROOT / "pyproject.toml").read_bytes()
    want = hashlib.sha256(pyproject + extras.encode()).hexdigest()
    if _stamp_ok(f"pip-{extras or 'base'}", want):
        return
    say(f"installing MotCua Desk and its dependencies ({extras or 'runtime'})…")
    python = str(venv_python())
    subprocess.run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([python, "-m", "pip", "install", "--quiet", "-e", target], check=True, cwd=ROOT)
    _write_stamp(f"pip-{extras or 'base'}", want)


def compile_translations() -> None:
    """Build the .qm catalogues from the .ts sources (the .qm files are build products, not committed)."""
    lrelease = venv_tool("pyside6-lrelease")
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def prepare(extras: str) -> None:
    ensure_system_packages()
    ensure_venv(extras)
    compile_translations()


def run_in_venv(args: list[str], extra_env: dict[str, str] | None = None) -> int:
    env = {**os.environ, **(extra_env or {})}
    return subprocess.call([str(venv_python()), *args], cwd=ROOT, env=env)


def smoke_test_bundle(bundle: Path) -> int:
    """Start the bundled programs from a data folder that does not exist yet; every step must exit 0."""
    import tempfile

    exe = ".exe" if os.name == "nt" else ""
    cli, gui = bundle / f"motcua{exe}", bundle / f"MotCuaDesk{exe}"
    data = Path(tempfile.mkdtemp(prefix="motcua-smoke-")) / "new-desk"
    env = {k: v for k, v in os.environ.items() if k not in {"MOTCUA_DATA_DIR", "PYTHONPATH"}}
    env.update(QT_QPA_PLATFORM="offscreen", MOTCUA_EXIT_AFTER_MS="2000")

    def step(args: list[str]) -> str:
        say("bundle smoke: " + " ".join(args))
        done = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"bundle smoke test failed ({done.returncode}): {done.stderr.strip()}")
        return done.stdout

    step([str(cli), "--version"])
    codes = [line.strip() for line in step([str(cli), "--data-dir", str(data), "demo", "seed", "--n", "3"])
             .splitlines() if line.strip()]
    if len(codes) != 3:
        raise SystemExit(f"bundle smoke test: expected 3 dossier codes, got {codes!r}")
    pdf = data / "receipt.pdf"
    step([str(cli), "--data-dir", str(data), "print", "receipt", codes[0], "-o", str(pdf)])
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise SystemExit("bundle smoke test: the receipt is not a PDF")
    step([str(gui), "--data-dir", str(data)])
    leaked = [p for p in bundle.rglob("*") if p.name in {"pytest", "_pytest", "hypothesis", "mypy", "tests"}]
    if leaked:
        raise SystemExit(f"bundle smoke test: development files inside the bundle: {leaked[:5]}")
    if not any(p.name.startswith("_rl_accel") for p in bundle.rglob("*")):
        raise SystemExit("bundle smoke test: reportlab's C accelerator (_rl_accel) is missing from the bundle")
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())  # as `du` counts
    say(f"bundle OK: {bundle} — {size / 1_000_000:.1f} MB")
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    if command == "run":
        prepare("portal")
        return run_in_venv(["-m", "desktop.cli", *rest])
    if command == "test":
        prepare("dev,portal")
        # Both cores by default: the suite must stay under ten minutes on a 2-core machine.
        parallel = [] if any(a == "-n" or a.startswith("-n") for a in rest) else ["-n", "auto"]
        return run_in_venv(["-m", "pytest", *parallel, *rest], {"QT_QPA_PLATFORM": "offscreen"})
    if command == "lint":
        prepare("dev,portal")
        code = run_in_venv(["-m", "ruff", "check", "."])
        return code or run_in_venv(["-m", "mypy"])
    if command == "bundle":
        prepare("dev,portal")
        code = run_in_venv(["-m", "PyInstaller", "build.spec", "--noconfirm", "--clean",
                            "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build")])
        return code or smoke_test_bundle(ROOT / "dist" / "MotCuaDesk")
    print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
