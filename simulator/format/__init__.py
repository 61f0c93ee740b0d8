"""The scenario format: reading and writing scenario files and the guidance catalogue.

The immutable content model (`model`), the file header and raw-file checks (`header`), the
scenario parser and writer, the catalogue parser, the tiny expression language (`expr`) and the
diagnostics every content fault becomes. Imports nothing else of `simulator`.
"""
