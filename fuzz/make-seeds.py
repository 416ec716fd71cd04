#!/usr/bin/env python3
"""Writes the generated worst-case seeds into fuzz/corpus-json/ and fuzz/corpus-csv/.

The small hand-written seeds live next to them; these are the big inputs that a superlinear
parser would stall on (each is linear work of a few milliseconds, but quadratic work of
seconds), so that the per-input time limit in run.sh catches a regression at once rather
than waiting for libFuzzer to grow such an input. Run from anywhere; output is deterministic.
"""
from pathlib import Path

root = Path(__file__).resolve().parent
json_dir, csv_dir = root / "corpus-json", root / "corpus-csv"
json_dir.mkdir(exist_ok=True)
csv_dir.mkdir(exist_ok=True)

def write(directory, name, data):
    (directory / name).write_bytes(data.encode() if isinstance(data, str) else data)

keys = 10_000  # 130 KB: 5·10^7 key comparisons for a quadratic duplicate check, seconds under ASan
write(json_dir, "worst-many-keys", "{" + ",".join(f'"k{i}":{i}' for i in range(keys)) + "}")
write(json_dir, "worst-many-keys-duplicate-last",
      "{" + ",".join(f'"k{i}":0' for i in range(keys)) + ',"k0":1}')
write(json_dir, "worst-many-objects", "[" + ",".join('{"a":1,"b":[2],"c":{"d":null}}' for _ in range(1_000)) + "]")
write(json_dir, "worst-long-string", '"' + "x" * 65_536 + '"')
write(json_dir, "worst-long-escaped-string", '"' + "\\u00e9\\n\\\"\\ud83d\\ude00" * 2_500 + '"')
write(json_dir, "worst-long-key", '{"' + "k" * 32_768 + '":1,"' + "k" * 32_768 + '":2}')
write(json_dir, "worst-many-numbers", "[" + ",".join("0" for _ in range(16_384)) + "]")
write(json_dir, "worst-many-mixed-numbers", "[" + ",".join(f"-{i}.5e-{i % 400}" for i in range(5_000)) + "]")
write(json_dir, "worst-long-number", "9" * 32_768 + "." + "9" * 32_768 + "e" + "9" * 1_000)
write(json_dir, "worst-deep-arrays", "[" * 32_768)
write(json_dir, "worst-deep-objects", '{"a":' * 8_192)
write(json_dir, "worst-deep-at-limit", "[" * 64 + "]" * 64)
write(json_dir, "worst-whitespace", " " * 32_768 + "0" + "\n" * 32_768)

columns = 10_000
write(csv_dir, "worst-many-columns", ",".join(f"c{i}" for i in range(columns)) + "\r\n"
      + ",".join("1" for _ in range(columns)) + "\r\n")
write(csv_dir, "worst-many-rows", "name;email\n" + "".join(f"n{i};e{i}@x.nl\n" for i in range(5_000)))
write(csv_dir, "worst-long-quoted-field", 'a,b\r\n"' + "x,\r\n" * 16_384 + '",2\r\n')
write(csv_dir, "worst-many-doubled-quotes", 'a\n"' + '""' * 32_768 + '"\n')
write(csv_dir, "worst-many-separators", "a\n" + "," * 65_536 + "\n")
write(csv_dir, "worst-blank-lines", "a,b\n" + "\r\n" * 32_768)
write(csv_dir, "worst-bad-quote-late", "a,b\n" + "1,2\n" * 16_384 + '3,4"\n')
write(csv_dir, "worst-unclosed-quote", 'a,b\n1,"' + "x" * 65_536)
