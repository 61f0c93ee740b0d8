"""The progress store: trainees, attempts and every step in one SQLite file in the data folder.

Also the SQLite plumbing the workshop store shares: where the data folder is (`datadir`), safe
opening and fall-backs (`opening`), plain-language problems (`problems`) and migrations (`schema`).
"""
