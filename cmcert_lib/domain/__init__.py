"""The trade's shared code, used by every bloc: KPI formulas, posts (hashtags, links, lengths), tools' export files."""
