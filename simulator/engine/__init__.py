"""The engine core: graph analysis and score bounds, play sessions, results, loading a library.

Built on `simulator.format`; knows nothing of storage, the command line or Qt.
"""
