"""Reads an export's data file with pandas, each column with the type its codebook names, as a
researcher would; exits non-zero on any column or value that does not fit its type.

usage: read-with-codebook.py csv|jsonl|datashop DATA_FILE CODEBOOK_JSON
prints {"rows": n, "dtypes": {column: pandas dtype}} on success.
"""
import csv
import json
import sys

import pandas as pd

DTYPES = {
    "integer": "Int64",
    "decimal": "Float64",
    "string": "string",
    "enum": "string",
    "date": "string",
    "datetime": "string",
}
TIME_FORMATS = {"date": "%Y-%m-%d", "datetime": "%Y-%m-%d %H:%M:%S"}
JSON_TYPES = {"integer": (int,), "decimal": (int, float), "string": (str,), "enum": (str,), "date": (str,)}


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def check_json_values(path, columns):
    """JSON carries its own types: an integer column holds JSON integers (or null), never text."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            row = json.loads(line)
            if list(row) != [c["name"] for c in columns]:
                fail(f"line {number}: keys {list(row)} are not the codebook's columns")
            for c in columns:
                value = row[c["name"]]
                if value is None:
                    continue
                if isinstance(value, bool) or not isinstance(value, JSON_TYPES[c["type"]]):
                    fail(f"line {number}: {c['name']} = {value!r} is not of type {c['type']}")


def read(kind, path, columns):
    dtype = {c["name"]: DTYPES[c["type"]] for c in columns}
    if kind == "jsonl":
        check_json_values(path, columns)
        # read_json keeps a column's own type when a cast fails, so the dtypes are compared below.
        return pd.read_json(path, lines=True, dtype=dtype, convert_dates=False)
    numeric = {c["name"]: [""] for c in columns if c["type"] in ("integer", "decimal")}
    options = {"sep": "\t", "quoting": csv.QUOTE_NONE} if kind == "datashop" else {}
    return pd.read_csv(path, dtype=dtype, keep_default_na=False, na_values=numeric, **options)


def main():
    kind, path, codebook_path = sys.argv[1:4]
    with open(codebook_path, encoding="utf-8") as file:
        columns = json.load(file)["columns"]
    frame = read(kind, path, columns)
    if list(frame.columns) != [c["name"] for c in columns]:
        fail(f"columns {list(frame.columns)} are not the codebook's")
    for c in columns:
        series = frame[c["name"]]
        if str(series.dtype) != DTYPES[c["type"]]:
            fail(f"{c['name']}: read as {series.dtype}, the codebook says {c['type']}")
        present = series.dropna()
        if c["type"] in TIME_FORMATS:
            pd.to_datetime(present, format=TIME_FORMATS[c["type"]], errors="raise")
        if c["type"] == "enum":
            unknown = set(present) - set(c["values"])
            if unknown:
                fail(f"{c['name']}: {sorted(unknown)} not among {c['values']}")
    print(json.dumps({"rows": len(frame), "dtypes": {name: str(t) for name, t in frame.dtypes.items()}}))


main()
