"""The authoring studio ("Författa"): write, check, see and play a scenario inside the app.

`view.AuthoringView` is the screen; the editor, its highlighter, the background checker, the
live story map, the play pane, the guidance browser and the new-scenario wizard are its parts.
Everything they show comes from `simulator.authoring` and the engine.
"""
