#!/usr/bin/env python3
"""Writes the spreadsheet fixtures the way the programs people keep records in write them.

The CSV is written by Python's csv module as a spreadsheet set to a European language exports it:
semicolons between cells, Windows line ends (CRLF), days written DD/MM/YYYY, quotes only around cells
that need them (a note on two lines).

Run from this folder: python3 make-fixtures.py. The records are made up for the tests.
"""
import csv

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


if __name__ == "__main__":
    write_csv()
