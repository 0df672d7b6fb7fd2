#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Validates a model-package.json against docs/schema/model-package.schema.json, and checks that
the schema rejects a few broken documents. Exits 77 (skipped) when python3-jsonschema is absent:
it is not a build dependency.

Usage: check-schema.py SCHEMA PACKAGE_JSON
"""
import copy
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)


def main() -> int:
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    document = json.load(open(sys.argv[2], encoding="utf-8"))
    failures = 0
    for error in validator.iter_errors(document):
        print("%s: %s: %s" % (sys.argv[2], "/".join(map(str, error.path)), error.message))
        failures += 1

    def broken(change):
        doc = copy.deepcopy(document)
        change(doc)
        return doc

    bad = {
        "wrong format": broken(lambda d: d.update(format="modelreview.package/v2")),
        "no name": broken(lambda d: d.pop("name")),
        "bad direction": broken(lambda d: d["results"]["metrics"].update(x={"better": "up"})),
        "negative tolerance": broken(lambda d: d["results"]["metrics"].update(x={"abs_tolerance": -1})),
        "short sha256": broken(lambda d: d["artifacts"][0].update(sha256="abc")),
        "environment not a path": broken(lambda d: d["environments"].update(reference=3)),
    }
    for name, doc in bad.items():
        if validator.is_valid(doc):
            print("the schema accepts a broken document: %s" % name)
            failures += 1
    print("%s: %s" % (sys.argv[2], "valid" if not failures else "%d problems" % failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
