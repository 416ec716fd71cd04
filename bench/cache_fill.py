"""Fills the representation cache of a catalogus on 127.0.0.1:PORT (demo data loaded)
with distinct cacheable reads of the activity list (year x active x limit: each key its
own 32 KB entry) until /metrics shows the cache at 95 % of its budget or the keys run
out; prints the entries and bytes it holds. Usage: cache_fill.py PORT"""
import itertools, sys, urllib.request

port = int(sys.argv[1])
base = f"http://127.0.0.1:{port}"

def metrics():
    text = urllib.request.urlopen(f"{base}/metrics").read().decode()
    values = {}
    for line in text.splitlines():
        if line.startswith("representation_cache_"):
            name, value = line.split()[:2]
            values[name] = float(value)
    return values

capacity = metrics().get("representation_cache_capacity_bytes", 0)
if capacity == 0:
    raise SystemExit("cache_fill: the server has no representation cache (or it is off)")
years = ["", "&year=2024", "&year=2025", "&year=2026"]
active = ["", "&active=true", "&active=false"]
for n, (year, act, limit) in enumerate(itertools.product(years, active, range(43, 501))):
    urllib.request.urlopen(f"{base}/api/v1/activities?limit={limit}{year}{act}").read()
    if n % 200 == 0 and metrics()["representation_cache_bytes"] >= 0.95 * capacity:
        break
now = metrics()
print(f"cache: {int(now['representation_cache_entries'])} entries, "
      f"{now['representation_cache_bytes'] / 2**20:.1f} MiB of a {capacity / 2**20:.0f} MiB budget")
