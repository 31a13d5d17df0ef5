"""What schemathesis runs with: `hooks` (named in schemathesis.toml) and the Canvas-aware `transport`."""
