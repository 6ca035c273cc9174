"""Stage 5: write outputs atomically and describe them in manifest.json."""
