#!/usr/bin/env python3
"""Validates JSON files against slotproof's schemas (docs/schemas/).

    validate_json.py [--schemas DIR] [--schema FILE] [--expect valid|invalid] FILE...
    validate_json.py [--schemas DIR] --check-schemas

Without --schema, each file's schema is chosen by its "format" field:
"slotproof-graph/1" -> DIR/slotproof-graph-1.schema.json, and so on; a file
whose format has no schema is an error. With --expect invalid, every file must
be rejected (the negative tests of tests/test_schemas.cpp).

Uses python3-jsonschema (Debian 12: 4.10) with the schemas' own draft
(2020-12), and reads the files as slotproof's strict reader does
(model/json_strict.cpp, docs/FORMATS.md "Reading rules and limits"), which
plain JSON Schema validation does not:
  * a key repeated in one object is an error;
  * NaN, Infinity and -Infinity are not JSON and are errors;
  * "integer" means an exact JSON integer: 1.0 and 1e2 are not integers here
    (JSON Schema since draft 6 counts 1.0 as an integer; slotproof's artifact
    reader refuses it).

Prints one line per file: "ok FILE (SCHEMA)", or "FAIL FILE (SCHEMA): ..."
with every validation error as "at /json/pointer: message". Exit 0 when every
file met the expectation, 1 when some did not, 2 for bad usage or a missing
validator.
"""
import argparse
import json
import os
import sys

try:
    import jsonschema
    from jsonschema import validators
except ImportError:  # pragma: no cover - depends on the machine
    print("validate_json.py: the Python module 'jsonschema' is missing (Debian: apt-get install python3-jsonschema)",
          file=sys.stderr)
    sys.exit(2)

MAX_ERRORS_SHOWN = 20


class StrictJsonError(ValueError):
    pass


def _no_duplicates(pairs):
    obj = {}
    for key, value in pairs:
        if key in obj:
            raise StrictJsonError("duplicate key %r in a JSON object" % key)
        obj[key] = value
    return obj


def _no_constant(name):
    raise StrictJsonError("%s is not a JSON number" % name)


def load_strict(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8-sig")
    return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)


def _is_exact_integer(checker, instance):
    return isinstance(instance, int) and not isinstance(instance, bool)


def validator_class(schema):
    base = validators.validator_for(schema)
    return validators.extend(base, type_checker=base.TYPE_CHECKER.redefine("integer", _is_exact_integer))


def pointer(path):
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in path]
    return "/" + "/".join(parts) if parts else "(document)"


def schema_file_for_format(fmt):
    # "slotproof-schedule/1" -> "slotproof-schedule-1.schema.json"
    return fmt.replace("/", "-") + ".schema.json"


class Schemas:
    def __init__(self, directory):
        self.directory = directory
        self.cache = {}

    def get(self, path):
        if path not in self.cache:
            schema = load_strict(path)
            cls = validator_class(schema)
            cls.check_schema(schema)
            self.cache[path] = cls(schema)
        return self.cache[path]


def check_schemas(schemas):
    names = sorted(n for n in os.listdir(schemas.directory) if n.endswith(".schema.json"))
    failed = 0
    for name in names:
        path = os.path.join(schemas.directory, name)
        try:
            schemas.get(path)
            print("ok %s (a valid %s schema)" % (path, load_strict(path).get("$schema", "?")))
        except (jsonschema.SchemaError, StrictJsonError, ValueError, OSError) as e:
            failed += 1
            msg = getattr(e, "message", str(e))
            print("FAIL %s: not a valid schema: %s" % (path, msg))
    if not names:
        print("FAIL %s: no *.schema.json files" % schemas.directory)
        failed += 1
    return failed


def validate_file(path, schemas, fixed_schema):
    """Returns (schema_path or None, list of error strings)."""
    try:
        doc = load_strict(path)
    except (StrictJsonError, ValueError, UnicodeDecodeError, OSError) as e:
        return fixed_schema, ["not strict JSON: %s" % e]
    schema_path = fixed_schema
    if schema_path is None:
        fmt = doc.get("format") if isinstance(doc, dict) else None
        if not isinstance(fmt, str):
            return None, ["no string 'format' field to choose a schema by"]
        schema_path = os.path.join(schemas.directory, schema_file_for_format(fmt))
        if not os.path.exists(schema_path):
            return None, ["no schema for format %r (looked for %s)" % (fmt, schema_path)]
    validator = schemas.get(schema_path)
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return schema_path, ["at %s: %s" % (pointer(e.absolute_path), e.message) for e in errors]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--schemas", default=os.path.join(here, "..", "docs", "schemas"),
                    help="directory of *.schema.json (default: docs/schemas)")
    ap.add_argument("--schema", help="validate every file against this schema instead of choosing by 'format'")
    ap.add_argument("--expect", choices=["valid", "invalid"], default="valid")
    ap.add_argument("--check-schemas", action="store_true", help="check every schema against its metaschema")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()

    schemas = Schemas(os.path.normpath(args.schemas))
    if args.check_schemas:
        return 1 if check_schemas(schemas) else 0
    if not args.files:
        ap.error("no files given")
    fixed = args.schema
    if fixed is not None:
        try:
            schemas.get(fixed)
        except (jsonschema.SchemaError, StrictJsonError, ValueError, OSError) as e:
            print("validate_json.py: %s: %s" % (fixed, getattr(e, "message", e)), file=sys.stderr)
            return 2

    unmet = 0
    for path in args.files:
        try:
            schema_path, errors = validate_file(path, schemas, fixed)
        except (jsonschema.SchemaError, StrictJsonError, ValueError, OSError) as e:
            schema_path, errors = None, ["schema unusable: %s" % getattr(e, "message", e)]
        label = os.path.basename(schema_path) if schema_path else "no schema"
        if args.expect == "valid":
            if errors:
                unmet += 1
                shown = errors[:MAX_ERRORS_SHOWN]
                more = len(errors) - len(shown)
                print("FAIL %s (%s): %d error(s):" % (path, label, len(errors)))
                for e in shown:
                    print("    " + e)
                if more:
                    print("    ... and %d more" % more)
            else:
                print("ok %s (%s)" % (path, label))
        else:
            if errors:
                print("ok %s rejected (%s): %s" % (path, label, errors[0]))
            else:
                unmet += 1
                print("FAIL %s (%s): accepted, but it is broken and must be rejected" % (path, label))
    return 1 if unmet else 0


if __name__ == "__main__":
    sys.exit(main())
