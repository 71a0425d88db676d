"""The Qt GUI and the `motcua` command-line entry point: the only room that imports Qt."""
