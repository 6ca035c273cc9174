"""Stage 5: write outputs atomically and describe them in manifest.json; the files written
besides the posters' (``listing``: ``noticeboard list``'s table; ``scaffold``: ``noticeboard
init``'s new project)."""
