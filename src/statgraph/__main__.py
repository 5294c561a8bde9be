"""`python -m statgraph` runs the command line."""

from .cli import main

main()
