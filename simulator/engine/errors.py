"""The engine's one exception type for API misuse, shared by sessions and results."""


class SessionError(Exception):
    """Misuse of the session API, or a saved state that does not fit the scenario."""
