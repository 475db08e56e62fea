"""Evaluation: score models, routes and prompt variants on a data set through a running
gateway's OpenAI API, then compare them and pick the cheapest good-enough one.

- ``dataset``: the JSONL row format, presets over ``../shared/data``, sampling;
- ``scorers``: exact, contains, regex, choice, number, json and judge; ``checks``: whether a
  row's scorer settings can score at all, checked before the run;
- ``runner``: the run (concurrent, resumable); ``calls``: one target's or judge's call;
  ``records``: the append-only results file and the fingerprints a record holds for;
- ``stats``: Wilson intervals, percentiles, McNemar's exact test, the bootstrap;
- ``summary``: per-target figures and paired comparisons, as JSON;
- ``report``: the offline HTML report (inline SVG);
- ``matrix``: the model-selection matrix and the ``routes:`` snippet it implies;
  ``scenarios``: its constraints, read and checked from YAML.

This is an upper layer: it talks to the gateway over HTTP, like any client.
"""
