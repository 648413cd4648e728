#!/usr/bin/env python3
"""Writes the spreadsheet fixtures the way the programs people keep records in write them.

- ngo/data/casualties.csv: Python's csv module, as a spreadsheet set to a European language exports a
  sheet: semicolons between cells, Windows line ends (CRLF), days written DD/MM/YYYY, quotes only around
  cells that need them (a note on two lines).
- ngo/data/casualties.xlsx: openpyxl, as a script or a form tool writes a workbook: a notes sheet first,
  then "Incidents" with a title row, header cells merged over two rows, date cells, a number stored as
  text, inline strings.
- ngo/data/casualties-libreoffice.xlsx and .ods: the same workbook opened and saved by LibreOffice
  (soffice --headless --convert-to), with shared strings and the 1900 date system.
- ngo/data/mac-1904.xlsx: openpyxl with the 1904 date system of older Mac workbooks.
- bad/: a formula saved without its result, a workbook with an empty header row, a damaged (cut short)
  workbook, a password-protected one (msoffcrypto-tool, as Excel encrypts), a ZIP bomb whose sheet
  unpacks past the limit while its headers say otherwise, and one whose XML declares entities.

Run from this folder with openpyxl and msoffcrypto-tool installed and LibreOffice's soffice on the PATH:
    python3 make-fixtures.py
The records are made up for the tests.
"""
import csv
import datetime
import io
import os
import shutil
import struct
import subprocess
import tempfile
import zipfile

import openpyxl
from openpyxl.styles import Alignment
from openpyxl.utils.datetime import CALENDAR_MAC_1904

HEADER = ["Date", "Town", "Governorate", "Killed", "Injured", "Source", "Entered by", "Notes"]
ROWS = [
    ["28/07/2009", "Testville", "North Test", "11", "", "report-a", "M. K.", "Raid over two days;\nfigures from the first report"],
    ["08/04/2011", "Testville", "North Test", "36", "1,200", "report-a; report-b", "M. K.", ""],
    ["01/09/2013", "Second Town", "South Test", "52", "", "report-b", "A. R.", "Bodies seen by a delegation"],
]


def write_csv():
    with open("ngo/data/casualties.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(ROWS)


def incidents_sheet(workbook, title="Incidents"):
    sheet = workbook.create_sheet(title)
    sheet["A1"] = "Casualty log kept by the test office"
    sheet.merge_cells("A1:H1")
    # Two header rows: group names merged across, single names merged down.
    for column, name in [("A", "Date"), ("F", "Source"), ("G", "Entered by"), ("H", "Notes")]:
        sheet[f"{column}2"] = name
        sheet.merge_cells(f"{column}2:{column}3")
    sheet["B2"] = "Place"
    sheet.merge_cells("B2:C2")
    sheet["D2"] = "Casualties"
    sheet.merge_cells("D2:E2")
    sheet["B3"], sheet["C3"], sheet["D3"], sheet["E3"] = "Town", "Governorate", "Killed", "Injured"
    rows = [
        [datetime.date(2009, 7, 28), "Testville", "North Test", 11, None, "report-a", "M. K.", "Raid over two days;\nfigures from the first report"],
        ["08/04/2011", "Testville", "North Test", 36, "1,200", "report-a; report-b", "M. K.", None],
        [datetime.date(2013, 9, 1), "Second Town", "South Test", 52, None, "report-b", "A. R.", "Bodies seen by a delegation"],
    ]
    for offset, row in enumerate(rows):
        for index, value in enumerate(row):
            cell = sheet.cell(row=4 + offset, column=index + 1, value=value)
            if isinstance(value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
            if isinstance(value, str) and "\n" in value:
                cell.alignment = Alignment(wrap_text=True)
    return sheet


def write_workbooks():
    workbook = openpyxl.Workbook()
    workbook.active.title = "Notes"
    workbook.active["A1"] = "How to fill in the log: one row per incident."
    incidents_sheet(workbook)
    workbook.save("ngo/data/casualties.xlsx")

    with tempfile.TemporaryDirectory() as scratch:
        for target in ["xlsx", "ods"]:
            subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", scratch, "ngo/data/casualties.xlsx"],
                           check=True, stdout=subprocess.DEVNULL)
            shutil.copy(os.path.join(scratch, f"casualties.{target}"), f"ngo/data/casualties-libreoffice.{target}")

    mac = openpyxl.Workbook()
    mac.epoch = CALENDAR_MAC_1904
    sheet = mac.active
    sheet.title = "Log"
    sheet.append(["Date", "Town", "Killed", "Source"])
    sheet.append([datetime.date(2011, 4, 8), "Testville", 36, "report-a"])
    sheet["A2"].number_format = "YYYY-MM-DD"
    mac.save("ngo/data/mac-1904.xlsx")


def write_bad():
    os.makedirs("bad", exist_ok=True)
    formula = openpyxl.Workbook()
    sheet = formula.active
    sheet.title = "Incidents"
    sheet.append(["Date", "Town", "Killed", "Injured"])
    sheet.append([datetime.date(2011, 4, 8), "Testville", 30, 4])
    sheet.append([datetime.date(2011, 4, 9), "Testville", "=C2+6", 5])
    formula.save("bad/formula.xlsx")

    empty = openpyxl.Workbook()
    empty.active.title = "Incidents"
    empty.active["A3"] = "2011-04-08"
    empty.save("bad/empty-header.xlsx")

    with open("ngo/data/casualties.xlsx", "rb") as f:
        whole = f.read()
    with open("bad/damaged.xlsx", "wb") as f:
        f.write(whole[: len(whole) // 2])

    subprocess.run(["msoffcrypto-tool", "-e", "-p", "secret", "ngo/data/casualties.xlsx", "bad/password.xlsx"], check=True)

    # A sheet of 300 MB of spaces compresses to a few hundred KB; its headers then claim 1 KB.
    with open("bad/formula.xlsx", "rb") as f:
        source = zipfile.ZipFile(io.BytesIO(f.read()))
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with out.open(item.filename, "w", force_zip64=False) as part:
                    part.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
                    for _ in range(300):
                        part.write(b" " * (1 << 20))
            else:
                out.writestr(item.filename, source.read(item.filename))
    data = bytearray(bomb.getvalue())
    name = b"xl/worksheets/sheet1.xml"
    for signature, offset in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)]:
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, at + offset, 1024)
            at = data.find(signature, at + 4)
    with open("bad/bomb.xlsx", "wb") as f:
        f.write(bytes(data))

    # Shared strings that declare an entity expanding a billion times.
    with open("ngo/data/casualties-libreoffice.xlsx", "rb") as f:
        source = zipfile.ZipFile(io.BytesIO(f.read()))
    laughs = (b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
              + b"".join(b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">' % ((98 + i,) + (97 + i,) * 10) for i in range(8))
              + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&i;</t></si></sst>')
    with zipfile.ZipFile("bad/entities.xlsx", "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item.filename, laughs if item.filename == "xl/sharedStrings.xml" else source.read(item.filename))


if __name__ == "__main__":
    os.makedirs("ngo/data", exist_ok=True)
    write_csv()
    write_workbooks()
    write_bad()
