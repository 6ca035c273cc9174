"""Stage 4: renderers that read the plan (PDF posters, kiosk)."""
