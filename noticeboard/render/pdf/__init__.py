"""PDF posters with reportlab: layout once, draw many."""
