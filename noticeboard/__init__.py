"""noticeboard: Vietnamese procedure posters with QR codes for village cultural houses."""

__version__ = "0.1.0"
