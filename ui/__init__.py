"""Vägval's Qt desktop interface (PySide6). Talks to the engine through its public API only."""
