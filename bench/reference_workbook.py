#!/usr/bin/env python3
"""The spreadsheet route that sim3-bench-report-reference measures our report against.

Reads one assessment as exported by `sim3-workbench export ID --format csv` and writes a workbook
a team might build by hand instead of using SIM3 Workbench: every parameter with its level, a
target, the gap, the comment and the evidence, a summary per category, a radar chart of current
against target and a bar chart per category. LibreOffice then turns it into a PDF.

Usage: reference_workbook.py ASSESSMENT.csv OUT.xlsx
"""
import csv
import sys

import xlsxwriter


def main(source, target_path):
    with open(source, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header, parameters = rows[0], rows[1:]
    # Columns of the export: id, category, name, level, meaning, n/a, reason, comment, ..., evidence.
    book = xlsxwriter.Workbook(target_path)
    bold = book.add_format({"bold": True, "bg_color": "#DDDDDD", "border": 1, "text_wrap": True})
    wrapped = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    number = book.add_format({"num_format": "0.00", "border": 1})

    sheet = book.add_worksheet("Assessment")
    titles = [header[0], header[1], header[2], header[3], "Target", "Gap", header[7], header[12]]
    for column, title in enumerate(titles):
        sheet.write(0, column, title, bold)
    categories = {}
    for row, values in enumerate(parameters, start=1):
        level = int(values[3]) if values[3].isdigit() else None
        # A stand-in target profile: one level above the current one, at most 4.
        goal = min(4, (level or 0) + 1)
        sheet.write(row, 0, values[0], wrapped)
        sheet.write(row, 1, values[1], wrapped)
        sheet.write(row, 2, values[2], wrapped)
        if level is None:
            sheet.write(row, 3, values[5] or "-", wrapped)
        else:
            sheet.write_number(row, 3, level, wrapped)
        sheet.write_number(row, 4, goal, wrapped)
        sheet.write_formula(row, 5, f"=IF(ISNUMBER(D{row + 1}),E{row + 1}-D{row + 1},\"\")", wrapped)
        sheet.write(row, 6, values[7], wrapped)
        sheet.write(row, 7, values[12], wrapped)
        if level is not None:
            categories.setdefault(values[1], []).append((level, goal))
    sheet.set_column(0, 1, 10)
    sheet.set_column(2, 2, 28)
    sheet.set_column(3, 5, 8)
    sheet.set_column(6, 7, 45)
    sheet.freeze_panes(1, 0)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)

    summary = book.add_worksheet("Summary")
    for column, title in enumerate(["Category", "Current (avg.)", "Target (avg.)"]):
        summary.write(0, column, title, bold)
    for row, (name, pairs) in enumerate(categories.items(), start=1):
        summary.write(row, 0, name, wrapped)
        summary.write_number(row, 1, sum(p[0] for p in pairs) / len(pairs), number)
        summary.write_number(row, 2, sum(p[1] for p in pairs) / len(pairs), number)
    summary.set_column(0, 2, 16)

    last = len(parameters)
    radar = book.add_chart({"type": "radar"})
    radar.add_series({"name": "Target", "categories": ["Assessment", 1, 0, last, 0],
                      "values": ["Assessment", 1, 4, last, 4], "line": {"dash_type": "dash"}})
    radar.add_series({"name": "Current", "categories": ["Assessment", 1, 0, last, 0],
                      "values": ["Assessment", 1, 3, last, 3]})
    radar.set_title({"name": "Current against target"})
    radar.set_size({"width": 620, "height": 520})
    summary.insert_chart("E2", radar)

    bars = book.add_chart({"type": "bar"})
    count = len(categories)
    for column, name in ((1, "Current"), (2, "Target")):
        bars.add_series({"name": name, "categories": ["Summary", 1, 0, count, 0],
                         "values": ["Summary", 1, column, count, column]})
    bars.set_x_axis({"min": 0, "max": 4})
    bars.set_title({"name": "Per category"})
    summary.insert_chart("E30", bars)
    summary.set_landscape()
    summary.fit_to_pages(1, 0)
    book.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
