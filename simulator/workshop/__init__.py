"""Workshops: a room votes at each decision of one session (`model`), stored in its own file
(`store`)."""
