"""Stage 1: read and validate the user's files into the plain model."""

from .project import load_project

__all__ = ["load_project"]
