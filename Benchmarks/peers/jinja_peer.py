"""The peer: Jinja2 (autoescape) rendering report.jinja from the same data as report.mustache.
Usage: python3 jinja_peer.py [N]  -> prints microseconds per render."""
import os, sys, time
import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
template = jinja2.Environment(autoescape=True).from_string(open(os.path.join(HERE, "..", "template", "report.jinja")).read())
evil = "O'Brien <script>alert(1)</script> & \"Co\""
rows = [{"index": i, "metric": f"Metric {i}", "value": i * 1.5, "target": 20, "ok": i % 3 != 0,
         "note": evil if i == 1 else f"note {i}"} for i in range(1, 21)]
data = {"title": "Agent performance report", "period": "2025-Q1",
        "agent": {"name": "Jane Doe", "id": "A-1001", "office": "North"},
        "summary": "Quarterly summary for the agent.", "recommended": True, "recommendation": "promotion",
        "signer": {"name": "John Smith", "role": "Director", "date": "2025-04-01"},
        "reference": "REF-2025-0001", "rows": rows}
n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
template.render(**data)
start = time.perf_counter()
for _ in range(n):
    template.render(**data)
elapsed = time.perf_counter() - start
print(f"jinja2 {elapsed * 1e6 / n:.1f} us/render over {n} renders")
