"""`python -m edition.export`: refresh edition/communique.schema.json, the
copy of the published JSON Schema kept for reading and diffing."""
from edition.export.json_schema import SCHEMA_FILE, schema_json

SCHEMA_FILE.write_text(schema_json(), "utf-8")
print(f"wrote {SCHEMA_FILE}")
