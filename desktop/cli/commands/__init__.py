"""One module per `motcua` subcommand, discovered at start (see desktop/cli/framework.py)."""
