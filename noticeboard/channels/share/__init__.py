"""``noticeboard share``: card images and captions for a commune's Zalo and Facebook posts."""
