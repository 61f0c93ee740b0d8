"""Vägval's engine: scenario loading, analysis, sessions and scoring. Never imports Qt."""
