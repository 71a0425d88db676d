"""`motcua demo seed --n N` / `motcua demo purge`: training dossiers (see `sync.demo`).

seed   records N realistic training dossiers through the counter's save path (`Store.save_new`, then the
       lifecycle through `Store.record`) and prints each dossier code on its own line as soon as its save
       has returned (with --json: one object per line, {"code", "uuid", "status", "procedure_code"}).
       `--fast` groups `--batch` dossiers per transaction (codes printed once their batch is committed), for
       benchmark databases of up to a million dossiers.
purge  removes every training dossier and nothing else; prints the count ({"purged": n} with --json).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import Any

from desktop.cli.framework import CliError, Context
from forms.status import DossierStatus
from sync import demo
from sync.store import Store

MAX_DOSSIERS = 5_000_000


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("demo", parents=[common], help="dữ liệu tập huấn (hồ sơ mẫu)",
                                   description="Tạo hoặc xóa hồ sơ tập huấn. Hồ sơ tập huấn được đánh dấu riêng, "
                                               "không bao giờ gửi lên Cổng và có thể xóa hết bằng 'purge'.")
    actions = parser.add_subparsers(dest="demo_action", metavar="THAO_TÁC", title="thao tác")
    seed = actions.add_parser("seed", parents=[common], help="tạo N hồ sơ tập huấn như thật",
                              description="Ghi N hồ sơ tập huấn (họ tên, địa chỉ, số định danh hợp lệ, thủ tục thật "
                                          "của danh mục) qua đúng đường lưu của quầy; in mã từng hồ sơ ngay khi lưu "
                                          "xong.")
    seed.add_argument("--n", type=int, required=True, metavar="N", help="số hồ sơ")
    seed.add_argument("--seed", type=int, default=None, metavar="S", help="hạt giống ngẫu nhiên (lặp lại được)")
    seed.add_argument("--days", type=int, default=None, metavar="D",
                      help="trải trên D ngày làm việc gần nhất (mặc định theo N, tối đa ~400 hồ sơ/ngày)")
    seed.add_argument("--fast", action="store_true",
                      help="ghi theo lô trong một giao dịch (nhanh, cho cơ sở dữ liệu đo hiệu năng)")
    seed.add_argument("--batch", type=int, default=1000, metavar="B", help="số hồ sơ mỗi lô với --fast")
    seed.set_defaults(handler=_seed)
    purge = actions.add_parser("purge", parents=[common], help="xóa toàn bộ hồ sơ tập huấn (chỉ chúng)")
    purge.set_defaults(handler=_purge)


def _seed(ctx: Context, args: argparse.Namespace) -> int:
    if not 1 <= args.n <= MAX_DOSSIERS:
        raise CliError("--n phải từ 1 đến {max}", max=MAX_DOSSIERS)
    if args.batch < 1:
        raise CliError("--batch phải lớn hơn 0")
    if args.days is not None and not 1 <= args.days <= 5000:
        raise CliError("--days phải từ 1 đến 5000")
    if args.days is not None and args.n > args.days * 900:
        raise CliError("{n} hồ sơ trong {days} ngày vượt quá số hồ sơ một bàn cấp được mỗi ngày; hãy tăng --days",
                       n=args.n, days=args.days)
    seeded: Counter[DossierStatus] = Counter()
    with Store.open(ctx.layout) as store:
        for dossier in demo.seed(store, args.n, rng_seed=args.seed, fast=args.fast, batch=args.batch,
                                 days=args.days):
            seeded[dossier.status] += 1
            ctx.emit_line({"code": dossier.code, "uuid": dossier.uuid, "status": int(dossier.status),
                           "procedure_code": dossier.procedure_code}, dossier.code)
        if not ctx.json:
            # What this run wrote, not every training dossier already in the folder.
            counts = ", ".join(f"{status.label}: {n}" for status, n in sorted(seeded.items()))
            print(f"Đã ghi {args.n} hồ sơ tập huấn ({counts}).", file=sys.stderr, flush=True)
    return 0


def _purge(ctx: Context, args: argparse.Namespace) -> int:
    with Store.open(ctx.layout) as store:
        purged = store.purge_training()
    ctx.emit({"purged": purged}, f"Đã xóa {purged} hồ sơ tập huấn.")
    return 0
