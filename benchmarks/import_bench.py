"""Time ``kc import`` on a large workbook: a Biểu 02-shaped sheet with N rows (default 20.000).

    python benchmarks/import_bench.py [--rows 20000] [--keep DIR]

Builds the workbook with openpyxl (two-row merged header, KCQG/KCDP under each year, number
formats), then runs ``kc import`` on it as a separate process and prints the wall time of the
import alone. Nothing is asserted: the figure goes in the docs.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu 02"
    sheet.append(["BIỂU 02. TỔNG HỢP KINH PHÍ THỰC HIỆN CÁC NỘI DUNG KHUYẾN CÔNG"])
    sheet.append(["ĐVT: Triệu đồng"])
    head = ["TT", "Nội dung"]
    for year in range(2016, 2021):
        head += [f"Năm {year}", None]
    head += ["Tổng cộng", None, "Tổng chung"]
    sheet.append(head)
    sheet.append([None, None] + ["KCQG", "KCDP"] * 6 + [None])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    for column in range(3, 15, 2):
        sheet.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + 1)
    sheet.merge_cells("O3:O4")
    for n in range(1, rows + 1):
        cells = [(n * 7 + k * 13) % 900 + 100 for k in range(10)]
        qg, dp = sum(cells[0::2]), sum(cells[1::2])
        row = 4 + n
        sheet.cell(row, 1, str(n))
        sheet.cell(row, 2, f"Nội dung {n}")
        for column, value in enumerate(cells + [qg, dp, qg + dp], 3):
            sheet.cell(row, column, value).number_format = "#,##0"
    book.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, default=None, help="Build the files in this folder and keep them.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kc-import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    workbook = folder / f"bieu-02-{args.rows}.xlsx"
    started = time.perf_counter()
    build(workbook, args.rows)
    built = time.perf_counter() - started
    draft = folder / f"bieu-02-{args.rows}.yaml"
    draft.unlink(missing_ok=True)
    command = [sys.executable, "-m", "khuyencong_cli.cli", "import", str(workbook), "-o", str(draft), "--force", "--lang", "en"]
    started, cpu = time.perf_counter(), os.times()
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    took, after = time.perf_counter() - started, os.times()
    processor = (after.children_user - cpu.children_user) + (after.children_system - cpu.children_system)
    if completed.returncode != 0:
        sys.exit(completed.stderr)
    size = workbook.stat().st_size // 1024
    print(f"workbook: {args.rows} rows × 15 columns, {size} KiB (built in {built:.1f} s)")
    print(f"kc import: {took:.2f} s wall, {processor:.2f} s CPU (draft {draft.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
