"""« Ce qui a changé depuis le tutoriel »: the differences between two profiles, with their sources."""
