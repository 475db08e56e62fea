"""The dashboard served at /ui: server-rendered pages over the admin API, for operators."""
