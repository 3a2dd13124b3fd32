"""Facts every bloc reads and nobody computes: the referential, the brand, platform limits, French formatting."""
