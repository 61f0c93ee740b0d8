"""The command line behind `main.py`: validate, graph, play in the terminal, progress commands."""
