"""``python -m allegiance`` runs the command line."""

from allegiance.cli import main

main()
