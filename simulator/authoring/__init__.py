"""Authoring: what the studio needs besides the engine — new scenarios from a template, the
trainer's own scenario folder, safe saving with a backup, recovery files, and one call that
checks a text as it is being written. No Qt here; the studio's widgets are in ui/authoring/."""
