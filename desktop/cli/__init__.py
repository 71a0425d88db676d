"""The `motcua` command: `motcua [--data-dir DIR] [SUBCOMMAND ARGS… [--json]]`.

With no subcommand it opens the GUI. Exit codes: 0 success, 2 bad input or refused operation (one
Vietnamese line on stderr), 1 an unexpected failure (one line on stderr, the details in the log file).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from desktop.cli import argparse_vi, commands
from desktop.cli.framework import EXIT_BAD_INPUT, EXIT_UNEXPECTED, Context
from desktop.datadir import ENV_VAR, prepare_layout
from desktop.logsetup import configure_logging
from forms.errors import MotcuaError
from forms.version import VERSION

log = logging.getLogger(__name__)

# Command modules that failed to import in this process, with the reason (tests require it to stay empty).
UNAVAILABLE_COMMANDS: dict[str, str] = {}


def _common_options() -> argparse.ArgumentParser:
    common = argparse_vi.VietnameseArgumentParser(add_help=False)
    # SUPPRESS keeps a --data-dir given before the subcommand from being reset by the subparser.
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help=f"thư mục dữ liệu của bàn tiếp nhận (mặc định: ${ENV_VAR} hoặc thư mục người dùng)")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                        help="in kết quả dạng JSON")
    return common


def build_parser() -> argparse.ArgumentParser:
    argparse_vi.install()
    parser = argparse_vi.VietnameseArgumentParser(
        prog="motcua",
        description="MotCua Desk — phần mềm Bộ phận Một cửa. Không có lệnh con: mở giao diện.",
    )
    parser.add_argument("--version", action="version", version=f"MotCua Desk {VERSION}",
                        help="in phiên bản rồi thoát")
    parser.add_argument("--data-dir", metavar="DIR", default=None,
                        help=f"thư mục dữ liệu (mặc định: ${ENV_VAR} hoặc thư mục dữ liệu của người dùng)")
    parser.add_argument("--json", action="store_true", default=False, help="in kết quả dạng JSON")
    subparsers = parser.add_subparsers(dest="command", metavar="LỆNH", title="các lệnh",
                                       parser_class=argparse_vi.VietnameseArgumentParser)
    common = _common_options()
    UNAVAILABLE_COMMANDS.clear()
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        try:
            module = importlib.import_module(f"{commands.__name__}.{info.name}")
        except Exception as exc:
            # One broken or absent optional part (e.g. the reference portal, left out of the desk bundle)
            # must not take every other command down with it; the command is simply not offered.
            UNAVAILABLE_COMMANDS[info.name] = f"{type(exc).__name__}: {exc}"
            log.warning("command module %s unavailable: %s", info.name, type(exc).__name__)
            continue
        register = getattr(module, "register", None)
        if register is not None:
            register(subparsers, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        layout = prepare_layout(args.data_dir)
    except MotcuaError as exc:
        print(f"motcua: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    configure_logging(layout)

    if args.command is None:
        from desktop.app import run_gui

        return run_gui(layout)

    handler = getattr(args, "handler", None)
    if handler is None:  # a command group given without its action, e.g. `motcua db`
        parser.parse_args([*(argv if argv is not None else sys.argv[1:]), "--help"])
        return EXIT_BAD_INPUT
    ctx = Context(layout=layout, json=bool(args.json))
    try:
        return int(handler(ctx, args) or 0)
    except MotcuaError as exc:
        log.info("command %s refused: %s", args.command, exc.kind)
        print(f"motcua: {exc}", file=sys.stderr, flush=True)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # the last line of defence: no traceback on the official's screen
        log.exception("command %s failed unexpectedly", args.command)
        print(
            f"motcua: lỗi không mong đợi ({type(exc).__name__}); chi tiết trong nhật ký {layout.log_file}",
            file=sys.stderr,
            flush=True,
        )
        return EXIT_UNEXPECTED


if __name__ == "__main__":
    raise SystemExit(main())
