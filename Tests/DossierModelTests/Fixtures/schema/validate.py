#!/usr/bin/env python3
"""Validates YAML or JSON files against a JSON Schema (draft 2020-12), as an editor's YAML extension would.

Usage: validate.py SCHEMA FILE...
Prints one line per file: "valid FILE" or "invalid FILE: PATH: MESSAGE" (the first problem found).
Dates that PyYAML reads as dates (YAML 1.1) are turned back into the text written, as in YAML 1.2.
"""
import datetime
import json
import sys

import jsonschema
import yaml


def as_written(value):
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): as_written(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_written(v) for v in value]
    return value


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as f:
            document = as_written(yaml.safe_load(f))
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        if errors:
            best = jsonschema.exceptions.best_match(errors)
            where = "/".join(str(p) for p in best.absolute_path)
            print(f"invalid {path}: {where}: {best.message}")
        else:
            print(f"valid {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
