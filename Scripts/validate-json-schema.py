#!/usr/bin/python3
"""Validates YAML or JSON documents against a JSON Schema (draft 2020-12).

Usage: validate-json-schema.py SCHEMA DOCUMENT...
Prints one line per error as `document: path: message` and exits 1 when any document is
invalid. Uses Debian's python3-jsonschema and python3-yaml (installed by Scripts/setup.sh).
YAML dates are kept as strings, as nod reads them.
"""
import json, sys
import jsonschema, yaml

class StringDates(yaml.SafeLoader):
    pass

# Keep ISO dates as text: the schemas describe them as strings, as nod's decoder does.
StringDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle) if path.endswith(".json") else yaml.load(handle, Loader=StringDates)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.path)):
            failed = True
            where = "/".join(str(p) for p in error.path) or "(root)"
            print(f"{path}: {where}: {error.message}")
    sys.exit(1 if failed else 0)

main()
